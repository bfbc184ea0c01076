# basic_indexing: a[0, ...] is a 0-d view (writes reach a), while a[0] is a scalar copy.
import numpy as np
a = np.arange(4, dtype=np.float32)
v = a[1, ...]
s = a[1]
v.shape
v.base is a
v[...] = 10
a
s
v
