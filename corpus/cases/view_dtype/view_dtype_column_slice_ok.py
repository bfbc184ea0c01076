# view_dtype: a 2-D slice whose last axis is contiguous (m[:, :2]) can change itemsize even though
# the whole view is not contiguous: the row stride is kept.
import numpy as np
m = np.arange(6, dtype=np.int32).reshape(2, 3)
s = m[:, :2]
a = s.view(np.int64)
a.shape
a.strides
b = s.view(np.int16)
b.shape
b.strides
b.flags.c_contiguous
