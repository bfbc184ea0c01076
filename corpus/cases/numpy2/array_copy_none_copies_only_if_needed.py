# numpy: >=2
# np.array(x, copy=None) (NumPy 2): NumPy 1.24's old copy=False, i.e. "copy only if needed". The array itself
# comes back when dtype and order already fit (even a non-contiguous view, keeping its base); a dtype change,
# a relayout or a list makes a new owning array.
import numpy as np
a = np.arange(12).reshape(3, 4).copy()
v = a[::2, 1:]
b = np.array(v, copy=None)
b is v
b.base is a
c = np.array(a, copy=None, dtype=np.float32)
c.flags.owndata
d = np.array(a, copy=None, order='F')
d.flags.f_contiguous
np.shares_memory(a, d)
e = np.array(a.T, copy=None, order='F')
e.base is a
f = np.array([[1, 2], [3, 4]], copy=None)
f.flags.owndata
