# numpy: >=2
# reshape(copy=True) (NumPy 2.1) always copies, even where a view was possible: the data is copied into a new
# buffer that shares nothing with the source (writes do not reach it), C- or F-contiguous as the order asks.
# The array returned is a view of that unnamed copy (its base is not None, owndata is False), as for a reshape
# that had to copy; a read-only or broadcast source gives a writeable, compact result.
import numpy as np
a = np.arange(6)
b = a.reshape(2, 3, copy=True)
b.base is None
b.flags.owndata
np.shares_memory(a, b)
b[0, 0] = 100
c = np.reshape(a, (3, 2), order='F', copy=True)
c.flags.f_contiguous
c.strides
s = a.reshape(6, copy=True)
s is a
r = np.arange(4)
r.flags.writeable = False
d = r.reshape(2, 2, copy=True)
d.flags.writeable
e = np.broadcast_to(np.arange(3), (2, 3)).reshape(6, copy=True)
e.strides
