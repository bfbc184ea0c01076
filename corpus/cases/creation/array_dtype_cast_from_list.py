# creation: np.array with dtype= casts list values: float -> int truncates, int -> bool, int ->
# complex64, and order='F' lays a nested list out column-major.
import numpy as np
a = np.array([1.7, -1.7], dtype=np.int64)
b = np.array([0, 3], dtype=bool)
c = np.array([1, 2], dtype=np.complex64)
d = np.array([[1, 2, 3], [4, 5, 6]], order='F')
e = np.array([[1.5, 2.5]], dtype='float32')
d.strides
e.strides
