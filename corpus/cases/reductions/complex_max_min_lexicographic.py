# reductions: complex max and min order lexicographically, the real part first and the imaginary part only
# between equal real parts, so a larger imaginary part never wins over a larger real part.
import numpy as np
z = np.array([2 + 0j, 1 + 5j, 2 - 1j, -3 + 9j])
np.max(z)
np.min(z)
y = np.array([1 + 1j, 1 + 3j, 1 + 2j, 0 + 8j])
y.max()
y.min()
m = np.array([[1 + 5j, 2 + 0j], [3 - 2j, 3 + 1j]], dtype=np.complex64)
m.max(axis=0)
m.min(axis=1)
np.max(m, axis=1, keepdims=True)
