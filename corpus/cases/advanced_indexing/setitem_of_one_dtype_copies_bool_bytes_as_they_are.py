# advanced indexing: a[idx] = value and a[mask] = value of one dtype copy each element's bytes as NumPy's transfer
# does, also element by element (a value whose layout does not run with the destination's): a bool view of other
# data keeps bytes other than 0 and 1. Found by the property test (seed 84: an F-ordered bool value written into
# a repeated row; the engine normalised each byte to 0 or 1).
import numpy as np
v0 = np.array([[-3, -3]], dtype='complex128', order='C')
v1 = v0.view('bool')
v2 = np.broadcast_to(v1, (1, 3, 32))
v6 = np.require(v2, requirements='F')
v1[[-1, -1, -1]] = v6
w = np.array([1.5, -2.25, 3.0, 7.0])
b = w.view(bool)
c = np.zeros(32, dtype=bool)
c[::2] = b[::2]
m = np.zeros(32, dtype=bool)
m[::3] = True
c[m] = b[::-1][:11]
d = np.zeros((4, 8), dtype=bool)
d[[0, 2]] = b.reshape(4, 8)[[1, 3]].T.copy().T
cv = c.view(np.uint8)
dv = d.view(np.uint8)
