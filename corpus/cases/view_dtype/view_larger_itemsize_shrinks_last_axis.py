# view_dtype: viewing int32 pairs as int64 halves the last axis; on a 2-D array each row must hold a
# whole number of the new items.
import numpy as np
a = np.arange(4, dtype=np.int32)
b = a.view(np.int64)
b.shape
b.strides
m = np.arange(8, dtype=np.int16).reshape(2, 4)
c = m.view(np.int32)
c.shape
c.strides
c.base is m.base
