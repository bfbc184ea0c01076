# as_strided: strides are in bytes of the underlying buffer regardless of the view's own layout; a
# diagonal of a (3, 4) array through its transpose with stride 40.
import numpy as np
from numpy.lib.stride_tricks import as_strided
m = np.arange(12).reshape(3, 4)
t = as_strided(m.T, shape=(3,), strides=(40,))
t
t.strides
t[2] = -10
m
