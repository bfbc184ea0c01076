# creation: arrays with a size-0 dimension made by zeros/empty: NumPy 1.24 gives them all-zero
# strides and marks them both C- and F-contiguous, whatever the order.
import numpy as np
a = np.zeros((2, 0))
b = np.zeros((0, 3), order='F')
c = np.empty((2, 0, 3))
d = np.zeros(0)
e = np.ones((1, 0), dtype=np.int8)
a.size
a.nbytes
c.strides
d.strides
