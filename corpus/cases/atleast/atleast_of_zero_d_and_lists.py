# np.atleast_* of a 0-d array reshapes it (a view whose base is the 0-d array); of a list or a scalar it first
# makes a fresh array (np.asanyarray), so nothing is shared.
import numpy as np
z = np.array(7.5)
a = np.atleast_1d(z)
a.shape
a.base is z
b = np.atleast_2d(z)
b.strides
c = np.atleast_3d(z)
c.shape
l = np.atleast_2d([1, 2, 3])
l.base is None
l.flags.owndata
s = np.atleast_1d(5)
s.dtype
