# The view np.array(x, copy=None, ndmin=n) returns shares x's memory and is writeable when x is; of a
# read-only x it is read-only; its flags follow its new shape (leading length-1 axes keep C and F
# contiguity). Under NumPy 1.24 copy=None means copy only if needed, as under NumPy 2.
import numpy as np
x = np.arange(12).reshape(3, 4)
v = np.array(x, copy=None, ndmin=4)
v[..., 0, 0] = -5
r = np.broadcast_to(np.arange(3), (2, 3))
w = np.array(r, copy=None, ndmin=3)
t = np.array(x.T, copy=None, ndmin=5)
s = np.array(x[:, 1], copy=None, ndmin=2)
s[0, 2] = 99
u = np.array(np.arange(3), copy=None, ndmin=2, order='F')
