# promotion: uint64 with a negative Python int or any signed array becomes float64; with a
# non-negative Python int it stays uint64.
import numpy as np
u = np.array([1, 2], dtype=np.uint64)
u + 1
u + -1
u + np.array([1, 2], dtype=np.int64)
u * np.array([1, 2], dtype=np.int8)
