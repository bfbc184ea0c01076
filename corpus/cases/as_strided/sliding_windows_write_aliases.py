# as_strided: one buffer element appears in several windows; a write through one window shows in
# every window that covers it and in the source.
import numpy as np
from numpy.lib.stride_tricks import as_strided
a = np.arange(6)
w = as_strided(a, shape=(4, 3), strides=(8, 8))
w[1, 1] = 100
a
w
w[:, 0] = -1
a
