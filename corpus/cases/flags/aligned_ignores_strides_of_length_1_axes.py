# flags: NumPy's alignment test looks at the data pointer and the strides of axes longer than one only (and an
# array without elements is aligned): a length-1 axis with an odd stride leaves a float64 array aligned, an odd
# stride on a longer axis does not.
import numpy as np
from numpy.lib.stride_tricks import as_strided
x = np.zeros(8)
v = as_strided(x, shape=(1, 4), strides=(3, 8))
v.flags.aligned
w = as_strided(x, shape=(4, 1), strides=(8, 5))
w.flags.aligned
u = as_strided(x, shape=(2, 2), strides=(3, 8))
u.flags.aligned
e = as_strided(x, shape=(0, 3), strides=(3, 5))
e.flags.aligned
