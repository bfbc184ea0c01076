# np.array(x, copy=False) when no copy is needed returns x itself, under NumPy 1.24 and 2 alike: a
# non-contiguous view, a transposed view, a read-only array and a broadcast view come back as the same object
# (same base, same strides, read-only flag kept), and the same holds with an explicit matching dtype.
import numpy as np
a = np.arange(12).reshape(3, 4).copy()
v = a[:, ::2]
b = np.array(v, copy=False)
b is v
t = np.array(a.T, copy=False)
t.base is a
r = np.arange(4)
r.flags.writeable = False
c = np.array(r, copy=False)
c is r
w = np.broadcast_to(np.arange(3), (2, 3))
d = np.array(w, copy=False, dtype=np.int64)
d is w
d.strides
