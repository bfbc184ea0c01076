# advanced_indexing: adjacent advanced indices (x[:, [0, 1], [0, 1]]) keep their position: result
# shape (2, 2) with the index axis second, strides (8, 16) of a transposed temporary.
import numpy as np
x = np.arange(24).reshape(2, 3, 4)
y = x[:, [0, 1], [0, 1]]
y.shape
y.strides
y.base is None
y
