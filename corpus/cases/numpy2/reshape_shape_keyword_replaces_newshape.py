# numpy: >=2
# NumPy 2.4's np.reshape(a, /, shape, order='C', *, copy=None): shape= by keyword; newshape= is gone (TypeError).
import numpy as np
x = np.arange(6.).reshape(2, 3)
r = np.reshape(x, shape=(3, 2), order='F')
v = np.reshape(x.T, shape=6, copy=True)
# expect: TypeError
np.reshape(x, newshape=(3, 2))
# expect: TypeError
np.reshape(x, (3, 2), shape=(3, 2))
