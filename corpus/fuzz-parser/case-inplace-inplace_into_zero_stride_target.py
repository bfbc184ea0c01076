# in-place arithmetic into a target whose elements alias each other (stride 0): NumPy computes
# into a temporary and writes it back, so every element reads the old value. (Found by fuzzing.)
import numpy as np
from numpy.lib.stride_tricks import as_strided
v = np.zeros(1)
w = as_strided(v, shape=(3,), strides=(0,))
w += 1
v
w *= w
w -= np.array([1.0, 2.0, 5.0])
v
