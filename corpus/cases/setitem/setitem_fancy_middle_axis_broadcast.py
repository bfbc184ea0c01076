# setitem: m[:, [0, 2]] = column-shaped value broadcasts over the selected columns; x[[0, 1], :, [0, 1]]
# assignment uses the moved-axis result shape (2, 3).
import numpy as np
m = np.zeros((3, 4), dtype=np.int64)
m[:, [0, 2]] = [[1], [2], [3]]
m
x = np.zeros((2, 3, 4), dtype=np.int64)
x[[0, 1], :, [0, 1]] = [[1, 2, 3], [4, 5, 6]]
x[0]
x[1]
