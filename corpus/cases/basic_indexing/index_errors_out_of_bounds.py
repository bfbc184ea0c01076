# basic_indexing: integer index out of bounds (positive and negative) and too many indices raise
# IndexError; state unchanged.
import numpy as np
m = np.arange(6).reshape(2, 3)
# expect: IndexError
m[2]
# expect: IndexError
m[0, -4]
# expect: IndexError
m[1, 2, 0]
# expect: IndexError
m[..., ...]
m
