# setitem with repeated positions whose value needs a cast: NumPy's map iterator casts the value in its buffer as
# it walks, and nditer picks the walk from the value's own strides, not from those of a cast copy. An index and a
# value that both run backwards along an axis (negative strides) are walked in memory order, so the last write
# to the repeated position is the first in C order (a[2] = -1 below, not 2). A value with forward strides keeps
# the C order. Found by a NumPy 2 fuzz campaign (`v10[v6] = v6`, v6 = np.fliplr of a (1, 4) int64 array, v10
# complex); the engine walked the cast copy, whose strides are forward.
import numpy as np
idx = np.array([[2, -1, -1, -1]])[:, ::-1]
a = np.zeros(3, complex)
a[idx] = idx
b = np.zeros(3, np.int64)
b[idx] = idx
c = np.zeros(3, np.float32)
c[idx] = np.array([[1, 2, 3, 4]])
d = np.zeros(3, np.float32)
d[idx] = np.array([[1, 2, 3, 4]])[:, ::-1]
g = np.zeros(3, np.int16)
g[idx] = np.array([[1, 2, 3, 4]], dtype=np.int8)[:, ::-1]
f = np.zeros(3)
f[idx.T] = idx.T
# A single 1-d index is walked in its logical order whatever the strides.
i1 = np.array([2, -1, -1, -1])[::-1]
e = np.zeros(3, complex)
e[i1] = i1
