# a.flatten() and a ravel that has to copy (PyArray_Flatten) make a new array of a's descriptor object itself.
# A result computed from an array in swapped order has a native descriptor that is not the built-in one, so
# np.asanyarray of the flat copy with the built-in dtype makes a view of it (base: the copy) instead of
# returning it. Found by the property test (seed 931, NumPy 1.24); both NumPys agree.
import numpy as np
v0 = np.arange(1, dtype='>i2').reshape((1,), order='C')
v1 = v0 + -3
v2 = np.broadcast_to(v1, (1, 2, 5))
v5 = v2.ravel(order='C')
v6 = np.asanyarray(v5, dtype='int16', order='C')
f = v1.flatten()
g = np.asarray(f, dtype='int16')
n = np.arange(3, dtype=np.int16)[::2].ravel()
m = np.asarray(n, dtype='int16')
