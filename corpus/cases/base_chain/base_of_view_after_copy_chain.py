# base_chain: a view of a copy has the copy as base; the chain restarts at every copy.
import numpy as np
a = np.arange(8)
c = a[::2].copy()
v = c[1:]
w = v.reshape(3, 1)
v.base is c
w.base is c
w.base is a
np.shares_memory(w, a)
w[0, 0] = 99
c
a
