# setitem: a fancy-index assignment into a destination whose elements overlap each other (as_strided with
# equal negative strides). Which write lands last depends on the order NumPy's map iterator walks the
# subspace: its nditer flips negative strides and orders axes by stride (with the value's strides), and the
# engine walks the same way. Found by the property test (seed 9, 100,000 programs; again seed 605).
import numpy as np
from numpy.lib.stride_tricks import as_strided
base = np.array([[-3, -3], [-3, -3], [-3, -3]])
v = as_strided(base[::-1], shape=(1, 2, 2), strides=(8, -16, -16))
v[[-1], :] = [-3, -2]
base
v0 = np.ones((3, 4), dtype=bool).cumsum(axis=-2, dtype=float)
v3 = as_strided(v0[::-1], shape=(2, 2, 2), strides=(8, -32, -32))
v3[[-2, -2, -2], :] = [-3, -2]
