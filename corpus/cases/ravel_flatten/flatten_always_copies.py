# ravel_flatten: flatten copies for every order and every layout, even a 1-D contiguous array.
import numpy as np
a = np.arange(6)
m = a.reshape(2, 3)
f1 = a.flatten()
f2 = m.flatten(order='F')
f3 = m.T.flatten(order='K')
f4 = m.T.flatten(order='A')
f1.base is None
np.shares_memory(f1, a)
f2
f3
f4
f3.flags.owndata
