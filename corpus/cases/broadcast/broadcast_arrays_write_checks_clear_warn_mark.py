# broadcast_arrays' results carry NumPy's warn-on-write mark: as_strided of such a view is read-only (its array
# interface reports read-only). Any write that NumPy checks with PyArray_FailUnlessWriteable clears the mark along the
# base chain: setitem, in-place operators, ufunc out=, a.put, np.putmask; after it, as_strided views are writeable.
import numpy as np
from numpy.lib.stride_tricks import as_strided
v0 = np.array([[-3, -3, -3, -3], [-3, -3, -3, -3]], order='C')
v1 = v0[-2,]
v0 = np.broadcast_arrays(v0, v1)[1]
v0.put(v0[::-1], v0[::-1], mode='clip')
v2 = np.lib.stride_tricks.as_strided(v0, shape=(1, 1, 1), strides=(0, 0, 8))
w = np.broadcast_arrays(np.zeros((2, 3)), np.arange(3.0))[1]
np.add(w, 1, out=w)
x = as_strided(w, shape=(2,), strides=(8,))
y = np.broadcast_arrays(np.zeros((2, 3)), np.arange(3.0))[0]
np.putmask(y, y > 0, 5)
z = as_strided(y, shape=(2,), strides=(8,))
q = np.broadcast_arrays(np.zeros((2, 3)), np.arange(3.0))[0]
q += 1
r = as_strided(q, shape=(2,), strides=(8,))
