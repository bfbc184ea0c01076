# view_dtype: viewing int32 as uint8 multiplies the last axis by 4 (little-endian bytes); a write
# to one byte changes the int32 element.
import numpy as np
a = np.arange(4, dtype=np.int32)
b = a.view(np.uint8)
b.shape
b.strides
b[4] = 255
a
b.base is a
np.shares_memory(a, b)
