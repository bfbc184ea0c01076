# setitem: a fancy assignment into whole uint32 rows from float64 values uint32 cannot hold (NaN, -1, 5e9, inf).
# NumPy's transfer function casts the contiguous run with its contiguous loop, which its compiler vectorised four
# elements at a time: the first four convert through int32 lanes (NaN -> 2**31, 5e9 -> 0), the last two one by one
# (NaN -> 0). Both NumPys; the engine took every element one by one until 2026-12-06 (found while modelling NumPy
# 1.24's casts into blocks).
import numpy as np
a = np.zeros((2, 6), dtype=np.uint32)
v = np.array([np.nan, -1.0, 5e9, np.inf, np.nan, -1.0])
a[[1], :] = v
b = np.zeros((3, 2, 5), dtype=np.uint32)
b[[0, 2], 1] = v[1:]
