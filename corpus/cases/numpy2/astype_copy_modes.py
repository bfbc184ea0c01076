# astype(copy=...): copy=False returns the array itself when the dtype matches (whatever its layout: a
# transposed or strided view keeps its base and strides) and a new owning array otherwise, in NumPy 1.24 and 2.
# copy=True always copies. copy=None is NumPy 2 only (same as False there; ValueError under 1.24).
import numpy as np
a = np.arange(6, dtype=np.int16).reshape(2, 3)
v = a.T[::2]
b = v.astype(np.int16, copy=False)
b is v
b.strides
c = v.astype(np.int32, copy=False)
c.base is None
c.strides
d = a.astype(np.int16, copy=True)
d is a
np.shares_memory(a, d)
e = v.astype(np.int16, copy=None)
e is v
f = a.astype(np.float32, copy=None)
f.flags.owndata
