# view_dtype: NumPy 1.24 compares a bool scalar's raw byte only in its SIMD loop, which needs a contiguous
# output; into a strided out= every byte is read as True or False again, so 2 == 3 is True there.
import numpy as np
s = np.full(20, 2, dtype=np.uint8).view(np.bool_)
k = np.array([3], dtype=np.uint8).view(np.bool_)
o = np.zeros(40, dtype=np.bool_)
np.equal(s, k, out=o[::2])
np.less(s, k, out=o[1::2])
np.equal(k, s, out=o[::2])
o
s == k
