# creation: a uint64 scalar mixed with a Python int or an int64 scalar has no common integer
# type, so NumPy 1.24 promotes to float64.
import numpy as np
a = np.array([np.uint64(1), 1])
b = np.array([np.uint64(1), np.int64(1)])
c = np.array([np.uint64(3), np.uint64(4)])
d = np.array([np.uint32(1), np.int32(-1)])
a.dtype
b.dtype
c.dtype
d.dtype
