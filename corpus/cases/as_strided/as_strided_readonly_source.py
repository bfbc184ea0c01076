# as_strided: a read-only source gives a read-only result (writeable cannot be gained).
import numpy as np
from numpy.lib.stride_tricks import as_strided
b = np.arange(6)
b.flags.writeable = False
r = as_strided(b, shape=(2, 2), strides=(16, 8))
r.flags.writeable
r
# expect: ValueError
r[0, 0] = 1
b
