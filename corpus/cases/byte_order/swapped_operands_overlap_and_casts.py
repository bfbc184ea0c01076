# Arrays in swapped byte order as operands: in-place ufuncs over overlapping views, setitem between orders,
# casts to and from other types (float to integer, complex parts), reductions with out= of the other order,
# and partition/sort of a swapped view: every write lands swapped, every read comes back native.
import numpy as np
a = np.arange(12, dtype='>f8')
b = a[::-1]
a += b
c = np.arange(12, dtype=np.float64)
c[:] = a
a[::2] = c[1::2]
d = np.zeros(4, dtype='>i2')
d[:] = [1.7, -2.5, 300, 70000]
e = d.astype('>u4')
f = np.arange(6, dtype='>c8')
f.imag = a[:6]
g = np.zeros(3, dtype='>i8')
np.sum(a.reshape(3, 4), axis=1, out=g)
h = a[::-1].copy()
h.sort()
i = np.partition(a[::-1], 3)
j = np.arange(8, dtype='>i4')
j[2:] = j[:-2]
k = j @ j
