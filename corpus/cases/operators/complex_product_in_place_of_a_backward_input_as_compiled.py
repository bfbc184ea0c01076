# operators: which NaN an in-place complex product passes on where x's imaginary NaN meets y's (re = ar*br - ai*bi:
# the cross product ai*bi decides), y stepping backwards. NumPy 2.4's AVX2 build takes its complex64 scalar kernel for
# a backward input: vectorised by pairs (y's part first, an odd last element x's) where the output is clear of both
# inputs, run as written (x's part first throughout) where the output is x itself; its complex128 scalar loop is
# vectorised even in place (the first vector of the tail takes x's part first). Its baseline build and NumPy 1.24
# differ again. Measured 2026-12-08, 1 to 23 elements.
import numpy as np
x = np.full(11, 9205357712433479680, dtype=np.uint64).view(np.complex64)
y = np.full(11, 9205357785439535104, dtype=np.uint64).view(np.complex64)
x_bits = x.view(np.uint32)
x *= y[::-1]
apart = np.zeros(11, dtype=np.complex64)
apart_bits = apart.view(np.uint32)
np.multiply(x[::-1], y, out=apart)
z = np.full(7, 9221120237041090577, dtype=np.uint64).view(np.complex128)
z.real = 2.0
w = np.full(7, 9221120237041090594, dtype=np.uint64).view(np.complex128)
w.real = 1.0
z_bits = z.view(np.uint64)
z *= w[::-1]
w_bits = w.view(np.uint64)
w *= z[6::-1]
