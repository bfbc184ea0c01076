# as_strided: the np.lib.stride_tricks.as_strided spelling; shape only (strides default to the
# source's) and a view with an offset (source a[2:]).
import numpy as np
a = np.arange(6)
d = np.lib.stride_tricks.as_strided(a, shape=(3,))
d.strides
d
s = np.lib.stride_tricks.as_strided(a[2:], shape=(2, 2), strides=(8, 16))
s
np.shares_memory(s, a[:2])
np.shares_memory(s, a[2:])
