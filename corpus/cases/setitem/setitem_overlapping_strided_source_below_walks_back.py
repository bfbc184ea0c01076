# setitem: a 1-D value starting below an overlapping destination is walked backwards from both ends, each
# with its own stride, so a value stride unlike the destination's still reads the elements it should.
import numpy as np
a = np.arange(10)
a[2:8:2] = a[1:4]
b = np.arange(10)
b[1:4] = b[0:6:2]
c = np.arange(12)
c[3:12:3] = c[1:4]
d = np.arange(10, dtype=np.int32)
d[2:8:2] = d[1:4]
