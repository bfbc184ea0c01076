# numpy: >=2
# NumPy 2.4 put setting ndarray.shape on the way out (pending deprecation; deprecated in 2.5) and names
# np.reshape(..., copy=False) as the replacement that never copies. Where a view is possible, .shape = changes
# the array in place (same object, strides follow) while reshape(copy=False) gives a new view of it. Where none
# is, both refuse, differently: .shape = raises AttributeError, reshape(copy=False) ValueError.
import numpy as np
a = np.arange(6)
v = np.reshape(a, (2, 3), copy=False)
v.base is a
a.shape = (3, 2)
a.strides
v.shape
t = a.T
t.shape = (6,)
w = np.reshape(t, (6,), copy=False)
u = t.reshape(3, 2, copy=False)
t.shape
