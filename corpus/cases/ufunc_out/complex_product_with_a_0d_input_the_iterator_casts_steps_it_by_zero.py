# ufunc_out: which kernel NumPy 1.24's AVX512F complex64 product takes (the vector one passes on the imaginary
# part's NaN in the imaginary part, the scalar one the real part's) depends on how its iterator hands it a 0-d
# input. check_for_trivial_loop casts a 0-d input up front only until it meets an operand it cannot copy (here the
# unaligned view v0): a 0-d input left needing a cast becomes a 0-d copy stepping 0 (the scalar kernel), one
# arriving in the loop's dtype is buffered stepping one element where the operation does not coalesce (the vector
# kernel). The int64 memory shows the NaN payloads. NumPy 2 answers alike in every form. Found by the property test
# (NumPy 1.24, seed 1683: the first statements). Every operand and buffer holds 64 bytes or more: the vector kernel
# also asks for its output 64 bytes from its inputs, which NumPy's smaller heap blocks meet or not by allocator
# (under ASan's some do not).
import numpy as np
v1 = np.full((2, 2), 2 ** 63, order='C')
v1[...] = -3
v0 = np.ndarray((2, 2, 2), dtype='complex64', buffer=v1, offset=0, strides=(0, 2, 0), order='F')
v0 *= -3
w1 = np.full(12, -2 ** 33 - 5)
w0 = np.ndarray((2, 2, 2), dtype='complex64', buffer=w1, offset=2, strides=(0, 10, 0))
w0 *= np.array(-3)
x1 = np.full(12, -2 ** 33 - 5)
x0 = np.ndarray((2, 2, 2), dtype='complex64', buffer=x1, offset=2, strides=(0, 10, 0))
x0 *= np.complex64(-3)
y1 = np.full(40, -2 ** 33 - 5)
y0 = np.ndarray((4, 4), dtype='complex64', buffer=y1, offset=160, strides=(-8, 8))
y2 = y0.copy()
np.multiply(y2, np.array(-3), out=y0)
z1 = np.full(40, -3)
z0 = np.ndarray((2, 4), dtype='>c8', buffer=z1, offset=64, strides=(6, 8))
z0 *= np.complex64(-3)
