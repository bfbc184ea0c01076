# ndmin after a copy: with a dtype change or copy=True the prepended view's base is the fresh copy (never a),
# so writes through it do not reach a; with copy=False (NumPy 1.24: copy if needed) and nothing to change, a
# view of a itself. A 0-d input becomes a view of a fresh 0-d array.
import numpy as np
a = np.arange(4, dtype=np.int32)
b = np.array(a, dtype=np.int64, ndmin=2)
b[0, 0] = 9
c = np.array(a, copy=True, ndmin=3)
c[0, 0, 1] = 7
d = np.array(a[::-1], ndmin=2, order='F')
e = np.array(5, ndmin=1)
f = np.array(a.reshape(2, 2).T, ndmin=3, order='K')
g = np.array([[1.5], [2.5]], ndmin=4, dtype=np.float32)
