# operators: complex < > <= >= compare lexicographically (real part, then imaginary part), so equal values are
# neither less nor greater than each other but are <= and >= each other.
import numpy as np
x = np.array([1 + 1j, 2 + 0j, 1 + 2j, 3 - 1j])
y = np.array([1 + 1j, 2 + 0j, 1 + 1j, 3 + 1j])
x < y
x > y
x <= y
x >= y
np.less(x, x)
np.greater(y, y)
x[0] < y[0]
w = np.array([1 + 1j, 0j], dtype=np.complex64)
w < w
