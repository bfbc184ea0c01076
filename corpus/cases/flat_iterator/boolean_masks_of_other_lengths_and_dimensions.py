# flat_iterator: a boolean array indexing `a.flat`. NumPy 2 indexes the flat iterator like a 1-D array: the mask
# must have exactly a.size elements (IndexError otherwise), a 2-D mask is too many indices, and a 0-d True picks
# the first element. NumPy 1.24 (iterators.c, iter_subscript_Bool and iter_ass_sub_Bool) reads the mask as a
# prefix: a shorter mask picks among the first len(mask) elements, a longer one is a ValueError ("too many boolean
# indices" / "has too many values"), any mask that is not 1-D a ValueError too; and an assignment converts its
# value first and writes nothing, checking no index, when the value is empty. Found by the property test (seed
# 108, NumPy 1.24): `v1.flat[np.array([True] * 8)] = -3` on a 2x2 array.
import numpy as np
a = np.arange(4).reshape(2, 2)
short = np.array([True, False, True])
long_mask = np.array([True, True, True, True, True, True, True, True])
exact = np.array([False, True, True, False])
s1 = a.flat[short]
s2 = a.flat[exact]
s3 = a.flat[long_mask]
s4 = a.flat[np.array([False, False, False, False, False])]
a.flat[short] = -3
a.flat[exact] = [10, 20]
a.flat[long_mask] = -4
a.flat[np.array([False, False, False, False, False, True])] = -5
a.flat[long_mask] = np.array([], dtype=np.int64)
a.flat[short] = np.array([], dtype=np.int64)
m2 = np.array([[True, False], [False, True]])
s5 = a.flat[m2]
a.flat[m2] = 7
z = np.array(True)
s6 = a.flat[z]
a.flat[z] = 9
b = np.arange(6)
view = b[::2]
view.flat[np.array([True, True])] = b[1::2]
# A Python bool is the first element or none under both (NumPy 2.4 deprecates it): it[True] = v is the dtype's
# setitem of v on the first element, whose errors are its own (an integer index makes them one ValueError).
c = np.arange(4).reshape(2, 2)
t1 = c.flat[True]
t2 = c.flat[False]
c.flat[True] = 7
c.flat[False] = 8
c.flat[False] = [1, 2]
c.flat[True] = [5, 6]
c.flat[True] = np.array([5])
c.flat[True] = np.array([5, 6])
c.flat[True] = 2.7
c.flat[True] = 1 + 2j
c.flat[True] = np.array([1 + 2j])
f = np.array([True, False, True])
f.flat[True] = [0, 0]
f.flat[True] = np.array([5, 6])
l1 = c.flat[[True, False, True, False]]
c.flat[[True, False]] = 7
c.flat[True] = np.array([[6]])
c.flat[True] = np.array([], dtype=np.int64)
