# it[(i,)] = v is it[i] = v: NumPy's flat iterator unpacks a 1-tuple index (iter_ass_subscript), so one element is
# written with PyArray_Pack, which for a bool array is BOOL_setitem of the value's truth: a list of two is True.
# The engine's adapter recognised one element only for a bare integer, and refused the list (ValueError "Error
# setting single item of array."). A 0-d array index is an index array: the list's values are written in turn
# (here its first, 1, so True).
import numpy as np
a = np.zeros(3, dtype=bool)
a.flat[(1,)] = [1, 2]
b = np.zeros(3, dtype=bool)
b.flat[1] = [1, 2]
c = np.zeros(3, dtype=bool)
c.flat[np.int64(2)] = (0,)
d = np.zeros(3, dtype=bool)
d.flat[np.array(2)] = [1, 2]
e = np.zeros(3, dtype=np.int16)
e.flat[(2,)] = np.int8(-3)
