# base_chain: ravel/reshape views of a view of a copy collapse to the copy, never to the original.
import numpy as np
a = np.arange(12).reshape(3, 4)
c = a.T.copy()
r = c.ravel()
s = c[1:].reshape(-1)
r.base is c
s.base is c
np.shares_memory(r, a)
r[0] = -5
c[0, 0]
a[0, 0]
