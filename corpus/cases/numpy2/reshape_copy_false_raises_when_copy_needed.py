# numpy: >=2
# reshape(copy=False) (NumPy 2.1) promises a view: it returns one whenever the strides allow (a C-contiguous
# array, a sliced row block, a transpose reshaped in order='F', every other column of each row, which is still
# evenly strided) and raises ValueError where the old reshape would have copied silently (a transpose flattened
# in C order, rows of the column block a[:, :3] merged into one axis; splitting its rows is still a view).
# After the error nothing is bound and a is unchanged.
import numpy as np
a = np.arange(24).reshape(4, 6).copy()
b = a.reshape(6, 4, copy=False)
b.base is a
c = a[1:3].reshape(3, 4, copy=False)
c.base is a
d = a.T.reshape(24, copy=False)
e = a.T.reshape(24, order='F', copy=False)
e.base is a
f = np.reshape(a[:, ::2], (12,), copy=False)
f.strides
g = np.reshape(a[:, :3], (12,), copy=False)
h = a[:, :3].reshape(2, 2, 3, copy=False)
h.strides
k = a[:, :3].reshape(2, 6, copy=False)
