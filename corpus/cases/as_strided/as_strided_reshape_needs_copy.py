# as_strided: reshaping overlapping windows to 1-D cannot be a view: the result is a copy whose base
# is an unnamed temporary; ravel gives an owning copy.
import numpy as np
from numpy.lib.stride_tricks import as_strided
a = np.arange(5)
w = as_strided(a, shape=(3, 3), strides=(8, 8))
r = w.reshape(9)
np.shares_memory(r, a)
r
f = w.ravel()
f.base is None
w.T
