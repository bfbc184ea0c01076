# ufunc_out: in place, a += b.T and np.subtract(a, b.T, out=a) with 16x16 or more run tile by tile with b.T's
# tiles copied into a dense buffer; a is read and written at the same position, once: each element changes once.
import numpy as np
a = np.arange(256.0).reshape(16, 16)
b = np.ones((16, 16)) * 3 + np.arange(16.0)
a += b.T
np.subtract(a, b.T, out=a)
c = np.arange(340, dtype=np.int32).reshape(17, 20)
d = np.arange(340, dtype=np.int32).reshape(20, 17)
c *= d.T
