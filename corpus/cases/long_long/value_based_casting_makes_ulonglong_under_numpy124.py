# numpy: <2
# NumPy 1.24 promotes a Python int by its value where values matter, and np.min_scalar_type of a non-negative
# int of at least 2**32 is an unsigned long long: uint64 + 2**40 and uint8 + 2**40 are np.ulonglong arrays there
# (NumPy 2 makes the first np.uint64 and refuses the second). Where the value-based result equals the plain
# promotion's (int64 + 2**40), NumPy keeps the plain one: long. Its loop search runs wherever values matter, so
# even q // q[0] finds the long loop, while two long long arrays match theirs exactly.
import numpy as np
l = np.arange(1, 4)
q = np.asarray(l, dtype='q')
u = np.arange(1, 4, dtype=np.uint64)
u8 = np.arange(1, 4, dtype=np.uint8)
a = u + 2 ** 40
b = np.asarray(a, dtype='Q')
c = u8 + 2 ** 40
d = np.asarray(c, dtype='Q')
e = l + 2 ** 40
f = np.asarray(e, dtype='l')
g = q // q[0]
h = np.asarray(g, dtype='l')
i = q // q
j = np.asarray(i, dtype='q')
k = u + 5
m = np.asarray(k, dtype='L')
n = np.array(u[0]) // 2 ** 63
o = np.asarray(n, dtype='Q')
