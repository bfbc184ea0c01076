# reshape: a reversed 1-D array reshapes to a view with negative strides; reversed rows split
# their row axis as a view but cannot be flattened without a copy.
import numpy as np
a = np.arange(12)
r = a[::-1].reshape(3, 4)
r.strides
r.base is a
m = a.reshape(3, 4)[::-1]
s = m.reshape(3, 2, 2)
s.strides
f = m.reshape(12)
np.shares_memory(f, a)
f
