# view_dtype: a larger dtype must divide the last axis' byte size, else ValueError; the array is
# unchanged.
import numpy as np
a = np.arange(3, dtype=np.int32)
# expect: ValueError
a.view(np.int64)
m = np.zeros((2, 1), dtype=np.int32)
# expect: ValueError
m.view(np.int64)
a
m.shape
