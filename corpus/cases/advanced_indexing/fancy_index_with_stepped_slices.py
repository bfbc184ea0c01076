# advanced_indexing: x[1:, [0, 1], ::2] - slices with offsets and steps around an index array;
# the result has a size-1 leading axis and counts as C-contiguous.
import numpy as np
x = np.arange(24).reshape(2, 3, 4)
y = x[1:, [0, 1], ::2]
y.shape
y.strides
y.flags.c_contiguous
y
z = x[:, [1], :]
z.strides
z.flags.c_contiguous
