# creation: np.asarray of a list (int and float mix) builds a new owning array; dtype= casts.
import numpy as np
a = np.asarray([1, 2, 3])
b = np.asarray([1, 2.5], dtype=np.float32)
c = np.asarray([[1], [2]], order='F')
a.flags.owndata
b.dtype
c.strides
c.flags.c_contiguous
c.flags.f_contiguous
