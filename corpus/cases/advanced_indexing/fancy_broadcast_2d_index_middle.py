# advanced_indexing: x[:, [[0], [1]], [0, 2]] - adjacent broadcast indices of shape (2, 2) replace
# axes 1 and 2: result (2, 2, 2) with transposed-temporary strides.
import numpy as np
x = np.arange(24).reshape(2, 3, 4)
y = x[:, [[0], [1]], [0, 2]]
y.shape
y.strides
y
