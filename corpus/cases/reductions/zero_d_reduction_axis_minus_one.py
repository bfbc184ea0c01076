# A 0-d array reduced with a lone integer axis 0 or -1 is reduced whole (the ufunc's reduce takes it as
# axis=None): a scalar comes back, with keepdims a 0-d array; a tuple axis or axis=1 is an AxisError.
import numpy as np
a = np.array(5)
b = np.sum(a, axis=-1)
c = a.max(axis=-1, keepdims=True)
d = np.prod(a, axis=0)
e = np.sum(a, axis=(-1,))
f = np.sum(a, axis=1)
