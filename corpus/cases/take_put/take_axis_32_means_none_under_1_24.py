# take_put: NumPy 1.24 reads axis=32 (NPY_MAXDIMS) as axis=None, so np.take gathers from the raveled array; 33 is
# an AxisError there, and NumPy 2 refuses both. An empty leading axis leaves nothing to check, so an index out of
# bounds along axis 1 of a (0, 3) array is no error.
import numpy as np
m = np.arange(6).reshape(2, 3)
a = np.take(m, [4], axis=32)
b = np.take(m, [4], axis=33)
c = np.take(np.zeros((0, 3)), [5], axis=1)
