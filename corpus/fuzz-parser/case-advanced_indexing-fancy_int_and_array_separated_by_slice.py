# advanced_indexing: an integer counts as an advanced index when combined with an array, so
# x[1, :, [0, 1]] (int and array separated by a slice) has shape (2, 3), not (3, 2); while
# x[:, 1, [0, 1]] (adjacent) has shape (2, 2) with the index axis in place.
import numpy as np
x = np.arange(24).reshape(2, 3, 4)
a = x[1, :, [0, 1]]
a.shape
a.strides
a
b = x[:, 1, [0, 1]]
b.shape
b.strides
b
