# np.round of floats: decimals=0 is np.rint (halves to even; a bool array runs rint's float16 loop); otherwise
# NumPy multiplies by 10**decimals into a fresh array of the input's dtype (F order only for an F- and not
# C-contiguous input) or into out, rints it in place and divides back, each step a ufunc call with out (so out
# overlapping the input reads it as if copied; an out of another kind is a casting TypeError before any write).
import numpy as np
f = np.asfortranarray(np.arange(6.0).reshape(2, 3) * 1.25)
a = np.round(f)
b = np.round(f, 1)
c = np.round(f.T[::-1], 1)
d = np.round(f[:, ::2], 1)
e = np.round(np.array([0.5, 1.5, 2.5, -0.5, -2.5]))
g = np.round(np.array([True, False]))
h = np.round(np.array([2.55, 1.005], dtype=np.float32), 1)
i = np.round(np.array([1234.5678], dtype=np.float16), -2)
x = np.arange(5.0) * 1.15
np.round(x[:-1], 1, out=x[1:])
y = np.arange(4.0) + 0.5
r = np.round(y, out=y)
z = np.zeros((2, 3), dtype=np.int8)
np.round(f, 1, out=z)
w = np.zeros(6)
np.round(f, 1, out=w)
np.round(f, 1, out=np.zeros(5))
s = np.round(np.array(2.5))
t = np.rint(f, out=np.zeros((2, 3), dtype=np.float32))
