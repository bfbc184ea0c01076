# advanced_indexing: index arrays broadcast against each other: a (2, 1) row index with a (2,)
# column index selects a (2, 2) block; the result is a fresh C-contiguous copy.
import numpy as np
m = np.arange(12).reshape(3, 4)
rows = np.array([[0], [2]])
cols = np.array([1, 3])
b = m[rows, cols]
b.shape
b.strides
b.base is None
c = m[[[0], [1]], [0, 2]]
c
