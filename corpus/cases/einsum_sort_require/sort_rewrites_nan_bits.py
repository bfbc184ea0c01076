# Sorting moves elements, and NumPy's vectorised sort (x86-simd-sort on AVX-512, two or more elements along the
# axis) also rewrites every NaN as one canonical NaN, losing its sign and payload; a uint view of the same
# memory shows the bits. NumPy 2.4 does it for float16, float32 and float64 (default kind), NumPy 1.24 for
# float32 only; a lane of one element is not sorted at all, and complex sorts keep their NaNs' bits.
import numpy as np
h = np.array([1.5, np.nan, -2.0, 0.5], dtype=np.float16)
hu = h.view(np.uint16)
hu[1] = 0xfe03
h.sort()
f = np.array([[np.nan, 1.0], [-3.0, 2.0], [0.0, np.nan]], dtype=np.float32)
fu = f.view(np.uint32)
fu[0, 0] = 0xffc00005
fu[2, 1] = 0x7fc00009
g = np.sort(f, axis=0)
gu = g.view(np.uint32)
f.sort(axis=1)
d = np.array([2.0, np.nan, 1.0, np.nan, 0.0])
du = d.view(np.uint64)
du[1] = 0xfff8000000000003
du[3] = 0x7ff8000000000011
e = d[::2].copy()
d[1::2].sort()
d.sort()
one = np.array([[np.nan]], dtype=np.float16)
one.view(np.uint16)[0, 0] = 0xfe01
one.sort(axis=0)
z = np.array([1j, 1 + 1j, 0j])
z[0] = np.nan + 1j
zu = z.view(np.uint64)
zu[0] = 0xfff8000000000007
z.sort()
# Zeros of both signs compare equal; NumPy 2's float16 sort puts -0.0 first (it orders by the bits), NumPy
# 1.24's insertion sort of a short lane keeps them in place.
zh = np.array([0.0, -1.0, -0.0, 0.0, -0.0], dtype=np.float16)
zh.sort()
