# setitem: a fancy-index assignment whose value is a view of the destination's memory, in its dtype. NumPy
# 1.24 does not copy the value first (a later NumPy does); what a write does to later reads then depends on
# its map iterator: each index position's block moves as one memmove when contiguous. The engine reads element
# by element as it writes. (A broadcast value the iterator buffers is modelled:
# setitem_fancy_overlapping_value_buffered_by_map_iterator.)
# Listed in corpus/expected-divergences/numpy-1.24.txt. Found by the property test (seeds 7 and 8, 100,000 programs).
import numpy as np
from numpy.lib.stride_tricks import as_strided
b = np.arange(16, dtype='uint8')
w = as_strided(b, shape=(2, 3), strides=(1, 1))
w[[1, -2]] = w
b
