# stack: hstack joins 1-D inputs along axis 0 and others along axis 1, vstack along 0 after atleast_2d,
# dstack along 2 after atleast_3d: each result is fresh with the layout the inputs vote for.
import numpy as np
a = np.arange(6).reshape(2, 3)
h1 = np.hstack([np.arange(3), np.arange(2)])
h2 = np.hstack((a.T, a.T))
v = np.vstack([np.arange(3), a])
d = np.dstack([a.T, a.T])
d0 = np.dstack([np.int8(1), np.int8(2)])
np.shares_memory(h2, a)
# expect: ValueError
np.hstack([])
# expect: ValueError
np.vstack([a, np.arange(4)])
