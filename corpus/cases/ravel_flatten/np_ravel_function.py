# ravel_flatten: np.ravel(a, order=) matches the method; np.ravel of a list has an unnamed
# temporary base.
import numpy as np
a = np.arange(6)
m = a.reshape(2, 3)
r = np.ravel(m)
r.base is a
f = np.ravel(m, order='F')
f.base is None
l = np.ravel([[1, 2], [3, 4]])
l.base is None
l
