# a.resize's refusals leave the array as it was: a view (it does not own its data) or a non-contiguous array
# (not a single segment) cannot change its byte count, a negative dimension is ValueError. A read-only array may
# be resized, but NumPy zero-fills the added memory only for a writeable array: the contract leaves its values out.
import numpy as np
t = np.arange(6).reshape(2, 3).T
t.resize(7)
s = np.arange(12)[::2]
s.resize(3)
v = np.arange(6)[1:]
v.resize(2)
n = np.arange(3)
n.resize(-1)
n.resize(2, -2)
r = np.arange(4)
r.flags.writeable = False
r.resize(6)
shape_after = r.shape
q = np.arange(4)
q.flags.writeable = False
q.resize(2)
