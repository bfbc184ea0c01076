# view_dtype: changing itemsize needs a contiguous last axis: a stepped slice or a transpose
# raises ValueError; a same-itemsize view of a stepped slice is fine and keeps its strides.
import numpy as np
a = np.arange(8, dtype=np.int32)
s = a[::2]
# expect: ValueError
s.view(np.int16)
t = a.reshape(2, 4).T
# expect: ValueError
t.view(np.int64)
v = s.view(np.uint32)
v.strides
v.flags.c_contiguous
