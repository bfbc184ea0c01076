# advanced_indexing: advanced indices separated by a slice (x[[0, 1], :, [0, 1]]) move the broadcast
# index axis to the front: result shape (2, 3), C-contiguous, base None.
import numpy as np
x = np.arange(24).reshape(2, 3, 4)
y = x[[0, 1], :, [0, 1]]
y.shape
y.strides
y.base is None
y
