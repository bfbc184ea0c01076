# partition: kth at the last position of a float (or complex) lane: NumPy's introselect then only swaps the
# lane's maximum (the last of equal ones, NaN counting as largest) to the end and leaves the rest as it was.
import numpy as np
a = np.array([[1.0, 5.0, 3.0, 2.0, 4.0, 0.5], [9.0, 0.0, 2.0, 7.0, 1.0, 3.0]])
b = np.partition(a, 5, axis=1)
c = np.partition(a, -1, axis=1)
d = np.array([3.0, 1.0, 2.0, 0.0, 8.0, 6.0, 7.0])
e = np.partition(d, 6)
f = a.copy()
f.partition(5)
g = np.partition(a.T, 1, axis=0)
h = np.partition(a, [0, 5], axis=1)
z = np.array([3 + 1j, 1j, 2 + 0j, 5 - 1j, 5 + 0j, 1 + 0j])
y = np.partition(z, 5)
