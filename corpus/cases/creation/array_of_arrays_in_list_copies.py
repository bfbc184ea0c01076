# creation: np.array of a list containing arrays copies them into a new owner; dtypes promote
# (float32 array with int64 array -> float64), and writes to the source do not show in the result.
import numpy as np
a = np.arange(3)
b = np.array([a, a])
b.base is None
np.shares_memory(a, b)
c = np.array([a, [7, 8, 9]])
d = np.array([a.astype(np.float32), a])
d.dtype
a[0] = 100
b
