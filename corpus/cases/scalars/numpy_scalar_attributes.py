# scalars: a NumPy scalar (np.int8(3)) has dtype, shape (), strides (), ndim 0, size 1, itemsize,
# nbytes, base None, and flags owndata True / writeable False / contiguous True.
import numpy as np
s = np.int8(3)
s.dtype
s.shape
s.strides
s.ndim
s.size
s.itemsize
s.nbytes
s.base is None
s.flags.owndata
s.flags.writeable
s.flags.c_contiguous
