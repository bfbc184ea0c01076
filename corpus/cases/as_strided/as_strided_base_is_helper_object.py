# as_strided: the result's base is an internal helper object: not the source, not None, and a
# different unnamed object for each call; it is writeable and does not own data.
import numpy as np
from numpy.lib.stride_tricks import as_strided
a = np.arange(6)
w = as_strided(a, shape=(3,), strides=(16,))
z = as_strided(a, shape=(2, 3), strides=(0, 8))
w.base is a
w.base is None
w.base is z.base
w.flags.owndata
z
z.flags.writeable
