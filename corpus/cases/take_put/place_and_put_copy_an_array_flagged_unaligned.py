# np.place, np.put and np.putmask take the array and the values as NumPy's CARRAY (C-contiguous, aligned,
# writeable): an array whose aligned flag was cleared (a.flags.aligned = False) is copied, so values that are the
# array itself are read as they were before the writes, and the result is written back. Found by the property test
# (NumPy 1.24, seed 129): the engine read such values in place, as it does for an aligned C-contiguous array.
import numpy as np
v0 = np.arange(8, dtype=float).reshape((2, 4), order='C')
v0.flags.aligned = False
np.place(v0, v0 > 2, v0)
v1 = np.arange(8, dtype=float)
v1.flags.aligned = False
np.put(v1, [3, 4, 5, 6, 7], v1)
v2 = np.arange(8)
v2.flags.aligned = False
np.putmask(v2, v2 > 2, v2[::-1])
# The aligned array reads them in place (the values it writes are read as the writes go).
v3 = np.arange(8, dtype=float).reshape((2, 4), order='C')
np.place(v3, v3 > 2, v3)
