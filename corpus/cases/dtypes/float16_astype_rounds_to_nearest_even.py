# astype to float16 makes a fresh array with 2-byte strides in the source's layout; values round to
# nearest even (2049 -> 2048), overflow to inf from 65520 on, tiny values go subnormal or to a signed zero.
import numpy as np
a = np.array([2049.0, 2051.0, 65519.0, 65520.0, 1e-8, -1e-8, 0.1, np.nan])
b = a.astype(np.float16)
c = b.astype(np.float16, copy=False)
c is b
d = a[::-3].astype('f2')
e = np.array([[1.0, 2.0], [3.0, 4.0]], order='F').astype(np.half)
f = e.astype(np.float32)
g = b.astype(np.int16)
