# np.absolute.at hands NumPy's complex absolute loop one element at a time, with steps of 0: the loop's SIMD
# formula (larger * sqrt(1 + r*r)) where NumPy has it for the CPU, the C library's hypot where it does not (NumPy 1.24
# without AVX512F); the two differ in the last bit for |1.875 + 0.625j|, as np.absolute of the same array does
# (property test, NumPy 1.24, seed 55, on an AVX2 machine).
import numpy as np
v = np.linspace(1j, 2.5, 4, endpoint=False)
a = np.absolute(v)
np.absolute.at(v, slice(None))
w = np.linspace(1j, 2.5, 8, endpoint=False).astype(np.complex64)
np.absolute.at(w, [0, 3, 5, 3])
