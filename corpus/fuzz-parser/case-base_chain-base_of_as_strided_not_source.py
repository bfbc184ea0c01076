# base_chain: as_strided returns an array whose base is an internal helper object (not the source
# array and not None); it still shares memory with the source and is writeable.
import numpy as np
from numpy.lib.stride_tricks import as_strided
a = np.arange(6)
s = as_strided(a, shape=(3,), strides=(16,))
s.base is a
s.base is None
s.flags.owndata
s.flags.writeable
np.shares_memory(s, a)
s[1] = 20
a
