# as_strided: overlapping sliding windows of length 3 over 6 elements (last window ends at the last
# element); windows share memory with their neighbours but the first and last do not overlap.
import numpy as np
from numpy.lib.stride_tricks import as_strided
a = np.arange(6)
w = as_strided(a, shape=(4, 3), strides=(8, 8))
w
w.flags.c_contiguous
w.flags.writeable
np.shares_memory(w[0], w[1])
np.shares_memory(w[0], w[3])
np.may_share_memory(w[0], w[3])
