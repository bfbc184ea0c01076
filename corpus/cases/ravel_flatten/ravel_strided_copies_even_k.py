# ravel_flatten: a stepped 1-D view ravels to a copy for every order (it is not contiguous),
# although reshape(-1) gives a view.
import numpy as np
a = np.arange(10)
s = a[::2]
r = s.ravel()
k = s.ravel(order='K')
v = s.reshape(-1)
np.shares_memory(r, a)
np.shares_memory(k, a)
np.shares_memory(v, a)
r.flags.owndata
