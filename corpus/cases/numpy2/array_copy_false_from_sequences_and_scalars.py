# np.array(x, copy=False) for inputs that are not arrays: a list, a nested tuple, a Python number and a NumPy
# scalar must all be converted into a new buffer. NumPy 1.24 makes it; NumPy 2 raises ValueError for every one
# of them. A 0-d array is already an array and comes back as itself under both.
import numpy as np
a = np.array([1, 2, 3], copy=False)
b = np.array(((1.5, 2.5), (3.5, 4.5)), copy=False)
c = np.array(7, copy=False)
d = np.array(np.int8(3), copy=False)
z = np.array(2.5)
e = np.array(z, copy=False)
e is z
