# creation: x[:, [0, 1]] on a (2, 3, 4) array has internal strides (32, 64, 8); zeros_like with
# order='K' copies that axis order, order='C' does not.
import numpy as np
x = np.arange(24).reshape(2, 3, 4)
y = x[:, [0, 1]]
y.strides
k = np.zeros_like(y)
c = np.zeros_like(y, order='C')
k.strides
c.strides
k.flags.c_contiguous
