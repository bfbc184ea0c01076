# numpy: <2
# NumPy 1.24's np.reshape(a, newshape, order='C'): newshape= by keyword; there is no shape= (TypeError).
import numpy as np
x = np.arange(6.).reshape(2, 3)
r = np.reshape(x, newshape=(3, 2), order='F')
# expect: TypeError
np.reshape(x, shape=(3, 2))
# expect: TypeError
np.reshape(x, (3, 2), newshape=(3, 2))
