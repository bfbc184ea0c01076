# a[idx] = value with a value of another dtype that shares a's memory, each position selecting a block: NumPy
# 1.24 casts the value once per position in its subspace iterator's buffer, so a repeated position re-reads
# the value as the first write left it; NumPy 2 copies an overlapping value first. Found by the property test
# (seed 202).
import numpy as np
v0 = np.arange(2, 6, 0.5)
v1 = np.lib.stride_tricks.as_strided(v0, shape=(1, 4), strides=(0, 8))
v1 = v1.view('int32')
v1[[-1, -1], :] = v0
w = np.arange(8.0)
x = w.view(np.int32)[:8].reshape(2, 4)
x[[0, 1, 0], :] = w[2:6]
