# cumsum with out=: the loop runs in the common type of the input and out (an int64 input summed into a
# float64 out adds in float64, so 2**53 + 1 + 1 stays 2**53; into a bool out it adds as int64 and casts,
# so 2 + -2 is False), out is returned and must have the result's shape; an out overlapping the input reads
# it as if copied first (a shifted or reversed view of itself).
import numpy as np
a = np.array([2**53, 1, 1])
o = np.zeros(3)
r = np.cumsum(a, out=o)
t = np.zeros(4, dtype=bool)
np.cumsum(np.array([0, 2, -2, 0]), out=t)
u = np.zeros(4, dtype=np.int8)
np.cumsum(np.array([1.5, 1.5, 1.5, 1.5]), out=u)
np.cumsum(np.array([1.5, 1.5, 1.5, 1.5]), out=u, dtype=np.float64)
v = np.arange(6.0)
np.cumsum(v, out=v)
w = np.arange(6.0)
np.cumsum(w[:-1], out=w[1:])
x = np.arange(6.0)
np.cumsum(x[::-1], out=x)
y = np.arange(6).reshape(2, 3)
np.cumprod(y, axis=0, out=y)
z = np.zeros((2, 3), dtype=np.float32)
s = y.cumsum(1, None, z)
