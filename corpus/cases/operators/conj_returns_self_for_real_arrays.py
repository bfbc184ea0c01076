# a.conj() of a non-complex array is the array itself (same object, 0-d too); of a complex array a fresh array
# laid out like it (a scalar for 0-d). np.conjugate always makes a new result (bool runs the int8 loop), and takes
# out= like every ufunc.
import numpy as np
a = np.arange(6.0).reshape(2, 3).T
b = a.conj()
b is a
c = (np.arange(6) + 1j).reshape(2, 3).T
d = c.conjugate()
d.base is None
e = np.conjugate(a)
e is a
f = np.conj(np.array([True, False]))
z = np.array(2.0)
z.conj() is z
s = np.array(2 + 1j).conj()
o = np.zeros((3, 2), dtype=complex)
r = np.conjugate(c, out=o)
r is o
np.conj(c, out=c)
