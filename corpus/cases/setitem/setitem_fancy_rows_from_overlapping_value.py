# setitem: whole rows written by an index array from a value that overlaps the array. NumPy 1.24 reads each row
# of the value just before it writes it, so a[[1, 2, 3]] = a[:3] copies row 0 down the array (each write is the
# next read); a value that needs a cast, or a copy, is converted first. NumPy 2 copies any overlapping value first.
import numpy as np
a = np.arange(12).reshape(4, 3)
a[[1, 2, 3]] = a[:3]
b = np.arange(12).reshape(4, 3)
b[[1, 2, 3]] = b[:3, ::-1]
c = np.arange(12).reshape(4, 3)
c[[1, 2, 3]] = c[:3].astype(float)
d = np.arange(12.0).reshape(4, 3)
d[[1, 2, 3], :] = d[:3, 0:1]
e = np.arange(12.0).reshape(4, 3)
e[[3, 2, 1]] = e[1:]
# A 2-D index of rows whose value walks the rows out of order (its position strides do not chain): NumPy 1.24
# still reads each row as it comes (rows 3 and 4 get row 0, written there before), NumPy 2 the copy.
f = np.arange(24).reshape(6, 4)
f[[[1, 2], [3, 4]]] = f[:4].reshape(2, 2, 4).transpose(1, 0, 2)
g = np.arange(24).reshape(4, 6)
g[:, [[1, 2], [3, 4]]] = g[:, :4].reshape(4, 2, 2).transpose(0, 2, 1)
