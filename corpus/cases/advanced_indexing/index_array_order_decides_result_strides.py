# advanced_indexing: when the index arrays select single elements (no axis left over), the result is laid out
# as NumPy's iterator walks the index arrays: an F-ordered (or transposed) index gives an F-ordered result,
# (8, 16) for a 2 x 2 float64 one; with axes left over, the index dimensions come first in C order.
import numpy as np
a = np.arange(10.0)
i = np.array([[1, 2], [3, 4]], order='F')
b = a[i]
t = np.array([[1, 2, 5], [3, 4, 0]]).T
c = a[t]
m = np.arange(20.0).reshape(10, 2)
d = m[i, 0]
e = m[i, t.T]
f = m[i]
g = np.arange(40.0).reshape(10, 4)[:, ::2][t]
