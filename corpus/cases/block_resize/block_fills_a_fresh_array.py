# np.block always makes a fresh array, even of one array (a C-order copy); small blocks are np.concatenate
# level by level (its layout and dtype rules), after giving every leaf the result's
# dimensions (scalars are 0-d arrays of their default dtypes). Lists nest; the innermost join the last axis.
import numpy as np
a = np.arange(4).reshape(2, 2)
b = np.block(a)
c = np.block([a, a])
d = np.block([[a], [a]])
e = np.block([[a, np.zeros((2, 1), dtype=np.int8)], [np.ones((1, 3))]])
f = np.asfortranarray(np.arange(6.0).reshape(2, 3))
g = np.block([[f, f], [f, f]])
h = np.block([f, np.ones((2, 1))])
i = np.block([1, 2.5, np.arange(2, dtype=np.float32)])
j = np.block([[f.T], [f.T]])
k = np.block([[np.ones((3, 1), order='F'), f.T]])
v0 = np.zeros((4, 2, 2), dtype='bool', order='F')
l = np.block([v0[-4], v0[-4]])
m = np.block(v0[0].T)
