# np.intp, np.uintp and np.int_ name the 8-byte integer dtypes here: astype to the same dtype with
# copy=False returns the array itself, views between intp and uintp share memory, and intp + uintp
# promotes to float64.
import numpy as np
a = np.arange(4, dtype=np.intp)
b = a.astype(np.int_, copy=False)
b is a
c = a.view(np.uintp)
c[0] = 18446744073709551615
d = np.zeros(3, dtype=np.int_)
e = np.intp(3) + np.uintp(2)
f = a + np.ones(4, dtype=np.uintp)
g = np.asarray(a, dtype=np.intp)
g is a
