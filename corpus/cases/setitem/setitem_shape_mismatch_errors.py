# setitem: a value that cannot broadcast raises ValueError for basic, integer-array and mask
# indices; the target is unchanged.
import numpy as np
x = np.arange(6)
# expect: ValueError
x[:2] = [1, 2, 3]
# expect: ValueError
x[[0, 1]] = [1, 2, 3]
# expect: ValueError
x[x > 2] = [1, 2]
# expect: ValueError
x[0] = [1, 2]
x
