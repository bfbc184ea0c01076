# as_strided: 2x2 blocks of 2x2 windows over a (3, 4) array (all inside the buffer); a copy of the
# windows owns compact memory.
import numpy as np
from numpy.lib.stride_tricks import as_strided
m = np.arange(12).reshape(3, 4)
x = as_strided(m, shape=(2, 2, 2, 2), strides=(32, 8, 32, 8))
x[1, 1]
x[0, 1]
c = x.copy()
c.strides
c.base is None
np.shares_memory(x[0, 0], x[1, 1])
np.shares_memory(x[0, 0], x[0, 1])
