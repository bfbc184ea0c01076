# np.asanyarray is np.asarray for a plain ndarray: the same object when dtype and order already fit, a copy
# (base None) when they do not; a list makes a fresh array. Under NumPy 2 copy=False raises ValueError where a
# copy would be needed.
import numpy as np
a = np.arange(6).reshape(2, 3)
b = np.asanyarray(a)
c = np.asanyarray(a, dtype=np.float32)
d = np.asanyarray(a, order='F')
e = np.asanyarray(a.T, order='F')
f = np.asanyarray([[1, 2], [3, 4]])
g = np.asanyarray(a[:, ::2], order='C')
