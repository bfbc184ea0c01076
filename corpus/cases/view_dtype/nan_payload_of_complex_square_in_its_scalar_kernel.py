# view_dtype: complex squares of NaNs with distinct payloads in the real and imaginary parts, where NumPy's loop runs its
# plain scalar kernel (a strided input and output, an element squared in place, x **= 2). Its source computes the
# imaginary part as rl*im + im*rl, which its compiler computes as one product added to itself: NumPy 2.4 with AVX2 or
# AVX-512 passes on the imaginary part's NaN there for both widths, at its baseline for complex64 only, NumPy 1.24 the
# real part's (semantics.hpp: complex64/complex128_square_passes_imaginary_nan_first). Found by the property test
# (NumPy 2, seed 405: v1 **= 2 of a complex64 view of the int64 -3). A contiguous square takes the vector kernel:
# nan_payload_through_complex_square_follows_the_vector_it_falls_in.py.
import numpy as np
b = np.array([0x7FC00001, 0x7FC00002] * 20, dtype=np.uint32)
z = b.view(np.complex64)
s = np.zeros(20, dtype=np.complex64)
np.square(z[::2], out=s[::2])
sv = s.view(np.uint32)
one = z[:1].copy()
np.square(one, out=one)
onev = one.view(np.uint32)
w = z[:1].copy()
w **= 2
wv = w.view(np.uint32)
b2 = np.array([0x7FF8000000000001, 0x7FF8000000000002] * 20, dtype=np.uint64)
z2 = b2.view(np.complex128)
one2 = z2[:1].copy()
np.square(one2, out=one2)
one2v = one2.view(np.uint64)
s2 = np.zeros(20, dtype=np.complex128)
np.square(z2[::2], out=s2[::2])
s2v = s2.view(np.uint64)
v0 = np.array(-3)
v1 = v0.reshape((-1,), order='C')
v1.dtype = 'complex64'
v1 **= 2
