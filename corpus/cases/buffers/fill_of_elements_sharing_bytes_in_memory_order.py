# buffers: a.fill(v) on an int16 array whose elements share bytes (np.ndarray over a buffer with strides (1, 2),
# shape (2, 2)) writes the elements in memory order, as NumPy's raw_array_assign_scalar walks its one operand:
# each write overlaps the next, and the last write to a byte stays (property test, seed 27 under NumPy 1.24).
import numpy as np
b = np.arange(4, dtype=float).reshape((2, 2), order='C')
v = np.ndarray((2, 2), dtype='int16', buffer=b, offset=0, strides=(1, 2), order='F')
v.fill(-3)
w = np.ndarray((3, 2), dtype='int32', buffer=b, offset=4, strides=(2, -4))
w.fill(70000)
u = np.ndarray((2, 3), dtype='int16', buffer=b, offset=8, strides=(3, 1))
u[...] = 1000
