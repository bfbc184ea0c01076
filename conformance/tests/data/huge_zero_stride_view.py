# 10**12 elements through a zero stride: NumPy makes the view; the snapshot refuses to read that many
# elements, cleanly, before allocating anything.
import numpy as np
from numpy.lib.stride_tricks import as_strided
a = np.arange(3)
b = as_strided(a, shape=(1000000000000,), strides=(0,))
