# Partitioning an array in swapped byte order whose lanes overlap one another: NumPy selects lane after lane, each
# in a native buffer copied from memory just before and written back just after, so a later lane reads what an
# earlier one wrote (both NumPys). The engine once selected in a native copy of the whole array and assigned it back,
# which every lane then read before any was written (property test, NumPy 2, seed 1247).
import numpy as np
v0 = np.arange(25, dtype='>i4').reshape((1, 5, 5))
v1 = v0.reshape((-1,))
v2 = np.lib.stride_tricks.as_strided(v1[::-1], shape=(2, 3), strides=(-4, -4))
v2.partition(-2, axis=-2)
a = (np.arange(30) * 7 % 30).astype('>f8')
rows = np.lib.stride_tricks.as_strided(a[4:], shape=(4, 6), strides=(16, 8))
rows.partition(2)
rows.partition([1, 3], axis=0)
