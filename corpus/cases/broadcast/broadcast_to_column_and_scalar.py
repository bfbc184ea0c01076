# broadcast: broadcasting a column (3, 1) to (3, 4) gives strides (8, 0); a Python scalar and a
# list are first converted to unnamed arrays, which become the bases.
import numpy as np
a = np.arange(3)
e = np.broadcast_to(a[:, None], (3, 4))
e.strides
e.flags.c_contiguous
e.flags.f_contiguous
s = np.broadcast_to(5, (2, 3))
s.strides
s.base is None
l = np.broadcast_to([1, 2, 3], (2, 3))
l.strides
l
