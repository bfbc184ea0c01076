# numpy: >=2
# np.asarray(copy=) (NumPy 2.0): copy=None is asarray's classic "view if possible", copy=True always copies
# (even with a matching dtype, even from a read-only array, giving a writeable owner), copy=False never copies
# and raises ValueError for a list or a dtype change. Under NumPy 1.24 asarray has no copy keyword at all.
import numpy as np
a = np.arange(6, dtype=np.int32)
a.flags.writeable = False
b = np.asarray(a, copy=None)
b is a
c = np.asarray(a, copy=True, dtype=np.int32)
c is a
c.flags.writeable
np.shares_memory(a, c)
d = np.asarray(a[::2], copy=False)
d.base is a
d.flags.writeable
e = np.asarray(a, copy=False, dtype=np.int64)
f = np.asarray([1, 2, 3], copy=False)
g = np.asarray([1, 2, 3], copy=None)
g.flags.owndata
