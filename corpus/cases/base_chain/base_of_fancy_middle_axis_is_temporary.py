# base_chain: x[:, [0, 1]] on a (2, 3, 4) array is a copy whose base is an internal temporary
# (the result is a transposed view of it): base is not None, owndata is False, no sharing with x.
import numpy as np
x = np.arange(24).reshape(2, 3, 4)
y = x[:, [0, 1]]
y.base is None
y.base is x
y.flags.owndata
y.strides
y.flags.c_contiguous
np.shares_memory(x, y)
z = y[0]
z.base is y
z.base is y.base
