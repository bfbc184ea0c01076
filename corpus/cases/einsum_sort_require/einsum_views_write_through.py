# An index-only einsum is a view of its operand: a 3-d 'iii->i' diagonal and 'iij->ij' share memory and write
# through, a transposing 'ijk->kji' keeps the base, and a view of a read-only array stays read-only.
import numpy as np
a = np.arange(27).reshape(3, 3, 3)
d = np.einsum('iii->i', a)
d[1] = -1
e = np.einsum('iij->ij', a)
e[0, 0] = 99
t = np.einsum('ijk->kji', a)
t.base is a
r = np.arange(4).reshape(2, 2)
r.flags.writeable = False
s = np.einsum('ii->i', r)
s.flags.writeable
s[0] = 5
