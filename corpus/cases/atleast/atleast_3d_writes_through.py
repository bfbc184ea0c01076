# The views of np.atleast_3d write through to the input, and keep its flags: a read-only input gives a
# read-only view; a 1-d input becomes (1, n, 1) with the new axes at stride 0.
import numpy as np
v = np.arange(4.0)
t = np.atleast_3d(v)
t.shape
t.strides
t[0, 2, 0] = -1.0
v
r = np.arange(6).reshape(2, 3)
r.flags.writeable = False
u = np.atleast_3d(r)
u.flags.writeable
u[0, 0, 0] = 5
w = np.atleast_3d(r[:, ::2])
w.strides
np.shares_memory(w, r)
