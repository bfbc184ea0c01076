# setitem: a[mask] = values where a or the values are strided: each selected element gets its own value, whatever
# runs of neighbours the mask selects (a strided view of a wider array, a value read with a step of 2).
import numpy as np
b = np.zeros(10)
a = b[::2]
a[np.ones(5, dtype=bool)] = np.arange(5.0)
c = np.zeros(5)
c[np.array([True, True, False, True, True])] = np.arange(10.0)[::3][:4]
d = np.zeros((3, 4), dtype=np.int16)
d[:, ::2][np.ones((3, 2), dtype=bool)] = np.arange(6, dtype=np.int16)
