# basic_indexing: chained indexing m[1][2] reads the same element as m[1, 2]; chained setitem
# m[1][2] = v writes through the row view.
import numpy as np
m = np.zeros((3, 4), dtype=np.int32)
r = m[1]
m[1][2] = 5
m[1, 2]
r
m[:, 1][0] = 7
m
