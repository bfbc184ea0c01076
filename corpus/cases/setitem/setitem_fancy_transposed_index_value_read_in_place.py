# setitem: a 2-D index array (transposed) and a value of the array's dtype that overlaps the array. The index and
# the value disagree on their memory order, so NumPy 1.24's map iterator walks the positions in C order; there the
# value's strides chain into one run, so it reads the value in place, not from its buffer: a[3] gets a[1] after
# a[1] was written (0, not 1). NumPy 2 copies the overlapping value first.
import numpy as np
a = np.arange(12.0)
a[np.array([[1, 5], [3, 7]]).T] = a[:4].reshape(2, 2)
c = np.arange(12.0)
c[np.array([[2, 6], [4, 8]]).T] = c[1:5].reshape(2, 2)
b = np.arange(12.0)
b[np.array([[1, 3], [5, 7]])] = b[:4].reshape(2, 2).T
