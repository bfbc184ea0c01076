# clip: complex values are ordered by their real parts, the imaginary parts deciding only between equal real
# parts (NumPy's PyArray_CGT/CLT), so 1+5j is below 2+0j and 2-1j below 2+0j; a bound with an imaginary part
# replaces the value whole.
import numpy as np
a = np.array([1 + 5j, 3 + 0j, 5 - 2j, 2 - 1j, 4 + 1j, 2 + 3j])
np.clip(a, 2 + 0j, 4 + 0j)
np.clip(a, 2 + 1j, 4 - 1j)
b = np.zeros(6, dtype=complex)
np.clip(a, 2 + 0j, 4 + 0j, out=b)
