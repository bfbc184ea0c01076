# np.array(x, copy=False) when a copy is needed: NumPy 1.24 copies quietly; NumPy 2 raises ValueError ("Unable
# to avoid copy while creating an array as requested") and binds nothing. A dtype change, an order change of a
# non-contiguous array and a list all need a copy.
import numpy as np
a = np.arange(6).reshape(2, 3)
b = np.array(a, copy=False, dtype=np.float64)
c = np.array(a.T, copy=False, order='C')
d = np.array([1, 2, 3], copy=False)
e = np.array(a[:, ::2], copy=False)
e is a
