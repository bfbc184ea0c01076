# A dtype spelled with a byte order: '>' swaps on a little-endian machine, '<' and '=' are native, '|' and
# one-byte types have no order. Arrays made with them, views into them and casts out of them: the dtype (with
# its order), the values, and a view for np.asarray with an equal but newly parsed descriptor.
import numpy as np
a = np.arange(6, dtype='>i4')
b = a.view('<i4')
c = a.astype('>f8')
d = np.zeros(3, dtype='>c16')
d[1] = 1 + 2j
e = d.real
f = d.imag
g = np.ones((2, 3), dtype='>f2')
h = g + 1
i = np.full(3, 5, dtype='>i8')
j = np.asarray(i, dtype=np.int64)
k = np.asarray(i, dtype='>i8')
l = np.asarray(i, dtype=i.dtype)
m = np.array(a, dtype='=i4')
n = a.astype('>i4', copy=False)
o = np.arange(4, dtype='|i1')
p = np.zeros(2, dtype='>b1')
q = np.eye(2, dtype='>f4')
r = np.arange(5, dtype='<u2')
s = np.zeros(3, dtype='>d')
