# setitem: a fancy-index assignment whose value is a view of the destination's memory, in its dtype. NumPy
# 1.24 does not copy the value first (a later NumPy does); what a write does to later reads then depends on
# its map iterator: each index position's block, when it is one forward run in both the array and the value,
# moves as one memmove (the whole run read before it is written), otherwise element by element. (A broadcast
# value the iterator buffers: setitem_fancy_overlapping_value_buffered_by_map_iterator.) Found by the property
# test (seeds 7 and 8, 100,000 programs; a known divergence until the engine moved such blocks, then seed 37).
import numpy as np
from numpy.lib.stride_tricks import as_strided
b = np.arange(16, dtype='uint8')
w = as_strided(b, shape=(2, 3), strides=(1, 1))
w[[1, -2]] = w
b
# A (3, 2) array whose columns share an element (strides (8, 16) over six), written from itself by columns.
v = np.arange(6, dtype='>f8').reshape((3, 2))
v.strides = (8, 16)
v[..., [-1, -2]] = v
u = np.arange(6.0).reshape((3, 2))
u.strides = (8, 16)
u[:, [1, 0]] = u[:, ::-1]
