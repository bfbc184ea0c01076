# creation: arrays with a size-0 dimension made by zeros/ones/empty: NumPy 1.24 gives them all-zero
# strides and marks them both C- and F-contiguous, whatever the order; a non-empty np.empty with
# order='F' gets ordinary F strides (its uninitialised values are never read).
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
g = np.empty((2, 3), order='F')
g.strides
g.flags.f_contiguous
