# flat_iterator: one element written from a 0-d array of the element's own dtype is copied as its bytes are
# (PyArray_Pack casts a 0-d array raw), so a bool byte other than 0 or 1 stays what it was; a 1-element 1-d
# array or a NumPy scalar goes through the dtype's setitem, which writes True as 1. Plain setitem `b[0] = v`
# does the same. Found by the property test (seed 3, NumPy 2): `v2.flat[-1] = v2` on a 0-d bool view of an
# int64 array holding 5.
import numpy as np
v1 = np.array([5, 6, 7], dtype=np.int64)
v2 = np.ndarray((), dtype=bool, buffer=v1, offset=0, strides=())
v2.flat[-1] = v2
b = np.ndarray((2,), dtype=bool, buffer=v1, offset=0, strides=(8,))
c0 = np.ndarray((), dtype=bool, buffer=v1, offset=8, strides=())
b.flat[0] = c0
w1 = np.array([5, 6, 7], dtype=np.int64)
d = np.ndarray((2,), dtype=bool, buffer=w1, offset=0, strides=(8,))
e0 = np.ndarray((), dtype=bool, buffer=w1, offset=8, strides=())
d[0] = e0
x1 = np.array([5, 6, 7], dtype=np.int64)
f = np.ndarray((2,), dtype=bool, buffer=x1, offset=0, strides=(8,))
g = np.ndarray((1,), dtype=bool, buffer=x1, offset=8, strides=(8,))
f.flat[0] = g
y1 = np.array([5, 6, 7], dtype=np.int64)
h = np.ndarray((2,), dtype=bool, buffer=y1, offset=0, strides=(8,))
h.flat[0] = g[0]
z = np.zeros(2, np.int64)
z.flat[0] = c0
z[1] = c0
