# creation: astype on an F-contiguous transpose: copy=False with the same dtype is the same object;
# a dtype change makes a copy, and the default order='K' keeps the F layout in it.
# (astype's order= is outside the case language's subset, so it is not exercised here.)
import numpy as np
m = np.arange(6, dtype=np.int32).reshape(2, 3)
t = m.T
a = t.astype(np.int32, copy=False)
a is t
b = t.astype(np.int64, copy=False)
b is t
b.strides
c = t.astype(np.float32)
c.strides
