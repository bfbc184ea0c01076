# advanced_indexing: x[:, [0, 1]] on a (2, 3, 4) array: result (2, 2, 4) with strides (32, 64, 8),
# i.e. a transposed view of a temporary (base not None), neither C- nor F-contiguous.
import numpy as np
x = np.arange(24).reshape(2, 3, 4)
y = x[:, [0, 1]]
y.shape
y.strides
y.flags.c_contiguous
y.flags.f_contiguous
y.flags.owndata
y
