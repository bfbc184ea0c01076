# ufunc_at: an intp (int64) index array that shares the destination's memory makes NumPy work on a copy of the
# destination: a read-only destination is then refused (ValueError) even for single-element positions, and
# under NumPy 2 an element error discards every write (NumPy 1.24 writes the copy back before raising).
import numpy as np
a = np.arange(5)
a.flags.writeable = False
np.add.at(a, a[:2], 1)
np.add.at(a, [0, 1], 1)
c = np.arange(4)
np.power.at(c, c[1:3], np.array([-1, 2]))
e = np.arange(6).reshape(2, 3)
np.add.at(e, (e[0, :2], e[0, 1:]), 10)
