# basic_indexing: an explicit tuple as index equals comma-separated indices: m[(1, 2)] is an
# element, m[(1,)] a row view, m[(1, -1)] negative element.
import numpy as np
m = np.arange(12).reshape(3, 4)
m[(1, 2)]
v = m[(1,)]
v.base is m.base
m[(1, -1)]
w = m[(0, ...)]
w.strides
