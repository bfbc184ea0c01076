# as_strided: the result's base is a DummyArray that exposes no writable buffer, so setting
# flags.writeable = True raises even while the array is already writeable; a view of it may.
# (Found by differential fuzzing.)
import numpy as np
from numpy.lib.stride_tricks import as_strided
x = np.arange(6)
s = as_strided(x, shape=(3,), strides=(16,))
# expect: ValueError
s.flags.writeable = True
v = s[1:]
v.flags.writeable = True
s.flags.writeable
