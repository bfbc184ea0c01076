# setitem: a transposed copy of 16x16 or more of one 8-byte dtype moves two rows by two columns at a time; with
# an odd number of rows or columns the last row and column go element by element, and every element must land.
import numpy as np
a = np.zeros((17, 17))
a[...] = np.arange(289.0).reshape(17, 17).T
b = np.zeros((17, 19), dtype=np.int64)
b[...] = np.arange(323).reshape(19, 17).T
c = np.zeros((33, 35), dtype=np.uint64)
c[...] = np.arange(1155, dtype=np.uint64).reshape(35, 33).T
