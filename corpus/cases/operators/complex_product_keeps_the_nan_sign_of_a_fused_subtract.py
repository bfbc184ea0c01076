# A complex product's real part is ar*br - ai*bi. Where NumPy fuses it (NumPy 2 with AVX2 or AVX-512; NumPy 1.24's
# AVX512F loop outside its contiguous vector loop) it is one multiply-subtract instruction, which passes a NaN
# ai*bi on with its sign; computed plainly, the subtraction passes it on the same way. Negating ai*bi first would
# flip the NaN's sign bit, which a view of the memory shows (property test, NumPy 2, seed 43, on an AVX2 machine).
import numpy as np
z = np.array([-3 + 1j, 2 - 1j, 0.5 + 0j, -1 - 2j])
bits = z.view(np.uint64)
bits[1] = 0x7ff8000000000000
bits[3] = 0xfff8000000000001
a = -3 * z
a_bits = a.view(np.uint64)
b = z * z[::-1]
b_bits = b.view(np.uint64)
c = np.square(z)
c_bits = c.view(np.uint64)
w = np.zeros(8, complex)[::2]
np.multiply(z, 2 - 0.5j, out=w)
w_bits = w.real.copy().view(np.uint64)
f = z.astype(np.complex64) * np.complex64(-3)
f_bits = f.view(np.uint32)
