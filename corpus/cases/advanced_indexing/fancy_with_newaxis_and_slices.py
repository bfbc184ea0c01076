# advanced_indexing: newaxis next to an advanced index: x[None, :, [0, 1]] and x[:, None, [0, 1]]
# (the None separates the index from the first slice only in the second case).
import numpy as np
x = np.arange(24).reshape(2, 3, 4)
a = x[None, :, [0, 1]]
b = x[:, None, [0, 1]]
a.shape
a.strides
b.shape
b.strides
