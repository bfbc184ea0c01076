# setitem: a 16x16 or larger transposed copy runs tile by tile; with a value of another 8-byte dtype every
# element must still be converted (int64 -> float64 and back, float64 -> complex64), never moved as bits.
import numpy as np
a = np.zeros((16, 16))
a[...] = np.arange(256).reshape(16, 16).T
b = np.zeros((17, 18), dtype=np.int64)
b[...] = (np.arange(306.0) + 0.5).reshape(18, 17).T
c = np.zeros((16, 20), dtype=np.complex64)
c[...] = np.arange(320.0).reshape(20, 16).T
d = np.zeros((20, 16), dtype=np.uint64)
d[:, :] = np.arange(320).reshape(16, 20).T
