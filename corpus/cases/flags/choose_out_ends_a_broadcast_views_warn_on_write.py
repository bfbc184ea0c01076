# np.choose checks out= with PyArray_FailUnlessWriteable, which ends the warn-on-write state of a view
# np.broadcast_arrays returned (a DeprecationWarning, the flag cleared): as_strided of it afterwards is writeable,
# where before it is read-only. The engine only read out's writeable flag (property test, NumPy 2, seed 567, with
# an empty array).
import numpy as np
from numpy.lib.stride_tricks import as_strided
v0 = np.arange(0, dtype=float).reshape((0, 0), order='C')
v3 = np.broadcast_arrays(v0, -3)[1]
before = as_strided(v3[::-1], shape=(0, 0, 0), strides=(0, 0, 0))
v0 = np.choose(v3[::-1], [v3, v3[::-1]], out=v3)
after = as_strided(v0[::-1], shape=(0, 0, 0), strides=(0, 0, 0))
w = np.broadcast_arrays(np.zeros(3), np.arange(3))[0]
x = as_strided(w, shape=(2,), strides=(8,))
np.choose([0, 1, 0], [w, w[::-1]], out=w)
y = as_strided(w, shape=(2,), strides=(8,))
