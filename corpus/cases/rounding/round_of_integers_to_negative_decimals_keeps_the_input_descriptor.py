# numpy: <2
# rounding: np.round of an integer array to negative decimals scales, rounds and unscales in float64, then casts
# back with PyArray_CastToType(ret, PyArray_DESCR(a)): the result takes a's own descriptor object. After
# a.newbyteorder() (a new int8 descriptor, not the built-in one), np.asanyarray(r, dtype='int8') is therefore a
# view of r, not r itself; a built-in int8 array's result is r itself (found by the property test, NumPy 1.24,
# seed 845).
import numpy as np
a = np.arange(4, dtype='int8').reshape(2, 2)
b = a.newbyteorder()
r = np.round(b, -2)
v = np.asanyarray(r, dtype='int8', order='C')
e = np.round(np.arange(0, dtype='int8').reshape(0, 2).newbyteorder(), -1)
w = np.asanyarray(e, dtype='int8')
s = np.round(a, -1)
x = np.asanyarray(s, dtype='int8')
