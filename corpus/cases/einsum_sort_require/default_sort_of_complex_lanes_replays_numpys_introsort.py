# einsum_sort_require: NumPy sorts complex numbers with its introsort on every CPU (no SIMD sort takes them):
# median-of-three partitions while a stretch holds 17 or more elements, insertion sort below, heapsort past a
# depth of twice the highest bit of the length. Its swaps move values that compare equal but differ in their bits
# (-0.0 and 0.0 parts, NaN parts with other payloads, seen through the int64 view) to places the engine replays
# element for element.
import numpy as np
z = np.zeros(40, dtype=np.complex128)
z.real[...] = [0.0, -0.0, 1.0, 0.0, -0.0, 1.0, -0.0, 0.0, 2.0, -0.0] * 4
z.imag[...] = [-0.0, 0.0, 0.0, -0.0, 0.0, 0.0, 0.0, -0.0, 1.0, 0.0] * 4
z.view(np.int64)[11::10] = 0x7ff8000000000003 + np.arange(4) * 8
zb = z.view(np.int64)
s = np.sort(z)
sb = s.view(np.int64)
w = z.reshape(2, 20)
w.sort(axis=1)
wb = z.view(np.int64)
t = np.sort(z[::-1].astype(np.complex64))
tb = t.view(np.int32)
