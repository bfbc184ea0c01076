# setitem: basic-index assignment broadcasts the value: a row list into every row, a column
# (3, 1) list into every column, a scalar into a 2-D slice; views of m see every write.
import numpy as np
m = np.zeros((3, 4), dtype=np.int64)
v = m[1:]
m[:] = [1, 2, 3, 4]
m[:, 1:3] = [[10], [20], [30]]
m[2, ::2] = -1
v
m[...] = 5
v
