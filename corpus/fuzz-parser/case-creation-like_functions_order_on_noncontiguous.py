# creation: *_like on non-contiguous inputs: a column-stepped slice gets compact C strides,
# a reversed view gets positive strides, and an axis permutation (1, 0, 2) is kept by order='K'
# while order='A' gives C order for a non-F-contiguous input.
import numpy as np
m = np.arange(6).reshape(2, 3)
s = m[:, ::2]
r = m[::-1]
x = np.arange(24).reshape(2, 3, 4)
p = x.transpose(1, 0, 2)
np.zeros_like(s).strides
np.zeros_like(r).strides
np.zeros_like(p).strides
np.zeros_like(p, order='A').strides
np.zeros_like(p, order='F').strides
