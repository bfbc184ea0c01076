# reshape: a (2, 3, 4) array permuted with transpose(1, 0, 2) can split its last axis as a view
# but not merge axes 1 and 2 in C order (copy).
import numpy as np
x = np.arange(24).reshape(2, 3, 4)
p = x.transpose(1, 0, 2)
a = p.reshape(3, 2, 2, 2)
a.strides
np.shares_memory(a, x)
b = p.reshape(3, 8)
np.shares_memory(b, x)
b
