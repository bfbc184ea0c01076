# creation: np.array from a nested list of Python ints infers int64, owns its data,
# C-contiguous strides; ndim/size/itemsize/nbytes.
import numpy as np
a = np.array([[1, 2, 3], [4, 5, 6]])
a.dtype
a.shape
a.strides
a.ndim
a.size
a.itemsize
a.nbytes
a.base is None
