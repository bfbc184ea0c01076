# A fancy assignment whose positions select blocks copies each block through NumPy's transfer function one inner
# run of the subspace iterator at a time; of one dtype a run contiguous on both sides is a memmove, read whole
# before it is written. NumPy 1.24 does not copy a value that overlaps the destination, so where the value is the
# self-overlapping destination itself the writes of one run do not show in its own reads, only in later runs'.
# The engine moved whole blocks only when a block was one run, and copied other blocks element by element
# (property test NumPy 1.24, seed 493). NumPy 2 copies the overlapping value first: both orders agree there.
import numpy as np
v0 = np.arange(16, dtype='int8').reshape((2, 2, 2, 2), order='C')
v0.strides = (1, 1, 4, 8)
v0[:, [-1, -2]] = v0
from numpy.lib.stride_tricks import as_strided
buf = np.arange(64, dtype='uint8')
w = as_strided(buf, shape=(2, 2, 3), strides=(1, 2, 1))
w[[1, 0]] = w
b = buf.copy()
floats = np.arange(64, dtype='float32')
x = as_strided(floats, shape=(2, 2, 3), strides=(4, 4, 4))
x[:, :, [2, 1, 1]] = x[::-1]
c = floats.copy()
