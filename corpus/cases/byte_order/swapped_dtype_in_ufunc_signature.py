# A ufunc's or reduction's dtype= selects a type only: a byte order there is a TypeError (after out= is found
# writeable), one-byte types and cumsum's accumulation type are fine. Nothing is written by a refused call.
import numpy as np
a = np.arange(4)
o = np.zeros(4)
b = np.add(a, 1, dtype='>i8')
c = np.add(a, 1, dtype='<i8')
d = np.add(a, 1, dtype='>i1')
e = np.negative(a, dtype='>f8')
np.add(a, 1, out=o, dtype='>f8')
f = np.sum(a, dtype='>i8')
g = a.prod(dtype='>i8')
h = np.cumsum(a, dtype='>i8')
i = np.mean(a, dtype='>f8')
