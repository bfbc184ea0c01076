# flags: a 0-d array has shape (), strides (), ndim 0, size 1, and is C- and F-contiguous;
# a 0-d view m[1, 2, ...] of a 2-D array does not own data; its base is m's owner (not m itself).
import numpy as np
z = np.array(7, dtype=np.int16)
z.shape
z.strides
z.ndim
z.size
z.nbytes
z.flags.c_contiguous
m = np.arange(6).reshape(2, 3)
v = m[1, 2, ...]
v.flags.owndata
v.base is m
v.strides
