# creation: np.ascontiguousarray and np.asfortranarray of a 0-d array or a scalar return a
# 1-element 1-D array in NumPy 1.24 (not a 0-d array).
import numpy as np
z = np.array(5)
z.shape
a = np.ascontiguousarray(z)
a.shape
a.base is None
b = np.asfortranarray(z)
b.shape
c = np.ascontiguousarray(np.float64(3))
c.shape
c.dtype
