# / makes a fresh float64 array for integer operands (the float64 loop), laid out in the operands' order
# (K: a transposed input gives an F-ordered result); /= into an integer array is a casting error that leaves it
# untouched, into a float view it writes through to the base.
import numpy as np
a = np.arange(12, dtype=np.int16).reshape(3, 4)
t = a.T
b = t / 2
c = t / a.T[::-1]
d = a[:, ::2] / np.float32(4)
# expect: TypeError
a /= 2
f = np.arange(6.0).reshape(2, 3)
v = f[:, 1:]
v /= v[:, ::-1]
e = np.float16(3) / np.arange(4, dtype=np.uint8)
