# advanced_indexing: newaxis next to a single advanced index: x[None, :, [0, 1]] and x[:, None, [0, 1]]
# keep the index axis in place; the new length-1 axes get a non-zero stride (temporary layout).
import numpy as np
x = np.arange(24).reshape(2, 3, 4)
a = x[None, :, [0, 1]]
b = x[:, None, [0, 1]]
a.shape
a.strides
b.shape
b.strides
