# sharing: an as_strided array whose rows overlap shares memory with itself and with its rows;
# a partial row and a row that starts past it (no common element) do not; w[0] and w[2] meet at one element.
import numpy as np
from numpy.lib.stride_tricks import as_strided
a = np.arange(5, dtype=np.int32)
w = as_strided(a, shape=(3, 3), strides=(4, 4))
np.shares_memory(w, w)
np.shares_memory(w[0], w[1])
np.shares_memory(w[0, :2], w[2])
np.may_share_memory(w[0, :2], w[2])
np.shares_memory(w[0], w[2])
