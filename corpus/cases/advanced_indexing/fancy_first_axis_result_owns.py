# advanced_indexing: an index array on the first axis of a (2, 3, 4) array gives an owning,
# C-contiguous copy; with a newaxis after it the new axis gets a non-zero stride (unlike basic
# indexing, where newaxis strides are 0).
import numpy as np
x = np.arange(24).reshape(2, 3, 4)
a = x[[1, 0]]
a.strides
a.base is None
b = x[[0, 1], None]
b.shape
b.strides
c = x[None, 1]
c.strides
