# sharing: left and right column blocks of a 2-D array interleave in memory: shares False, may True;
# a column and a row share their crossing element; an array and its transpose share everything.
import numpy as np
m = np.arange(12).reshape(3, 4)
left = m[:, :2]
right = m[:, 2:]
np.shares_memory(left, right)
np.may_share_memory(left, right)
np.shares_memory(m[:, 0], m[1])
np.shares_memory(m.T, m)
np.shares_memory(m[0], m[2])
np.may_share_memory(m[0], m[2])
