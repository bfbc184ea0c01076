# np.clip of complex numbers compares lexicographically (real part, then imaginary): an element equal to a bound
# but for the sign of its zero imaginary part (1-0j against 1+0j) is not beyond it, and which of the two comes out
# shows in the sign of the zero (the contract compares signed zeros).
import numpy as np
z = np.array([1.0, 2.0, 7.0]).astype(complex)
z.imag[...] = -0.0
low = np.clip(z, 1 + 0j, 5 + 0j)
high = np.clip(z * -1, -9 + 0j, -2 + 0j)
