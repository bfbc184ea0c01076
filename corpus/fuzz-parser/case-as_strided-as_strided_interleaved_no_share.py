# as_strided: columns of non-overlapping windows (stride 16, width 2) do not share memory; columns
# of overlapping windows do; max_work=1 is enough for these small problems.
import numpy as np
from numpy.lib.stride_tricks import as_strided
a = np.arange(6)
p = as_strided(a, shape=(3, 2), strides=(16, 8))
np.shares_memory(p[:, 0], p[:, 1])
np.may_share_memory(p[:, 0], p[:, 1])
w = as_strided(a, shape=(4, 3), strides=(8, 8))
np.shares_memory(w[:, ::2], w[:, 1::2], max_work=1)
np.shares_memory(w, a, max_work=1)
