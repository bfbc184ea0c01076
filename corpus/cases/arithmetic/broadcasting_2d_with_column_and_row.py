# arithmetic: (3, 1) with (1, 4), (2, 1, 3) with (4, 1): broadcast result shapes and values.
import numpy as np
col = np.arange(3).reshape(3, 1)
row = np.arange(4).reshape(1, 4)
r = col * row
r.shape
r
x = np.ones((2, 1, 3), dtype=np.int16)
y = np.arange(4, dtype=np.int16).reshape(4, 1)
z = x + y
z.shape
z.dtype
z.strides
