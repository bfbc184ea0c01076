# creation: astype(same dtype, copy=False) returns the very object, even for non-contiguous input
# (order='K' default); astype without copy=False always copies; a different dtype always copies.
import numpy as np
a = np.arange(6).reshape(2, 3)
b = a.astype(np.int64, copy=False)
c = a.astype(np.int64)
d = a.astype('int64', copy=False)
s = a[:, ::2]
e = s.astype(np.int64, copy=False)
f = a.astype(np.float64, copy=False)
b is a
c is a
d is a
e is s
f.base is None
