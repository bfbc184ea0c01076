# np.array(x, copy=True) (also the default) always allocates, in NumPy 1.24 and 2: the result owns its data,
# is writeable even from a read-only or broadcast source (strides become compact), and shares nothing with x.
import numpy as np
a = np.arange(6).reshape(2, 3)
a.flags.writeable = False
b = np.array(a, copy=True)
b.flags.owndata
b.flags.writeable
np.shares_memory(a, b)
w = np.broadcast_to(np.arange(3, dtype=np.int16), (4, 3))
c = np.array(w, copy=True)
c.strides
t = np.array(a.T, copy=True)
t.flags.f_contiguous
d = np.array(a)
d is a
