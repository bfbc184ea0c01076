# as_strided sets `array.dtype = x.dtype` after going through __array_interface__, so its view holds x's
# descriptor object itself. A result computed from an array in swapped order has a native descriptor that is
# not the built-in one (results_keep_the_first_operands_descriptor); np.asarray with the built-in dtype then
# makes a view of the as_strided array (base: that array) instead of returning it. Found by the property test
# (seed 931, NumPy 1.24); both NumPys agree.
import numpy as np
from numpy.lib.stride_tricks import as_strided
v0 = np.arange(3, dtype='>i2')
v1 = v0 + -3
v2 = as_strided(v1[::-1], shape=(1, 1, 1), strides=(2, 0, -8))
v3 = np.asanyarray(v2, dtype='int16', order='C')
s = as_strided(v1)
v4 = np.asarray(s, dtype='int16')
n = as_strided(np.arange(3, dtype=np.int16))
v5 = np.asarray(n, dtype='int16')
