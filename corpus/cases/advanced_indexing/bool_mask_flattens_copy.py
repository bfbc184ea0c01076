# advanced_indexing: a boolean mask of the array's shape gives a 1-D copy in C order; writes to the
# result do not reach the source.
import numpy as np
m = np.arange(12).reshape(3, 4)
mask = m > 6
sel = m[mask]
sel.shape
sel.base is None
sel[0] = -1
m
