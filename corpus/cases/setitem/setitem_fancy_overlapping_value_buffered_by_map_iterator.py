# setitem: a fancy-index assignment whose value shares the destination's memory, in its dtype, with index
# arrays that broadcast. NumPy 1.24 does not copy such a value first, but its map iterator buffers it unless
# the value's strides over the index positions chain into one run (nditer's BUFNEVER), and the buffer is filled
# before the writes: the value is then read as it was. A value walked as one run is read as the writes go
# (setitem_fancy_1d_index_into_itself). NumPy 2 copies an overlapping value always. Found by the property test
# (seed 931, NumPy 1.24), which also found the swapped-order twin.
import numpy as np
v0 = np.arange(2).reshape((1, 2))
v0[[[-1], [-1]], [-1, -2]] = v0
v0
w = np.arange(2, dtype='>i2').reshape((1, 2))
w[[[-1], [-1]], [-1, -2]] = w
w
r = np.array([[-3, 1, -3]])
s = r[-3:, ]
s[[[-1], [-1]], [-3, -3, 1]] = r
r
x = np.arange(6).reshape(2, 3)
x[[[1], [0]], [0, 1, 2]] = x[0]
x
