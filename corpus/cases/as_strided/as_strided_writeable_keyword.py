# as_strided: writeable=False makes a read-only view whose flag cannot be set again (its base is not an
# array); writeable=True keeps the source's flag, so a read-only source gives a read-only view.
import numpy as np
a = np.arange(6)
r = np.lib.stride_tricks.as_strided(a, shape=(2, 2), strides=(16, 8), writeable=False)
r.flags.writeable
# expect: ValueError
r.flags.writeable = True
w = np.lib.stride_tricks.as_strided(a, shape=(3,), strides=(16,), writeable=True)
w[1] = 50
ro = a[:]
ro.flags.writeable = False
v = np.lib.stride_tricks.as_strided(ro, shape=(2,), strides=(8,), writeable=True)
v.flags.writeable
