# promotion: complex sums and means accumulate real and imaginary parts; a Python complex added to a complex64
# array is value-based under NumPy 1.24 (1e300 does not fit float32, so complex128) and weak under NumPy 2
# (complex64, overflowing to inf).
import numpy as np
s = np.sum(np.array([1 + 2j, 3 - 1j]))
m = np.array([1 + 2j, 3 - 1j, 0.5j]).mean()
c = np.array([1 + 2j, 3 - 1j], dtype=np.complex64).sum()
big = np.ones(2, np.complex64) + (1e300 + 0j)
small = np.ones(2, np.complex64) + (1 + 0j)
