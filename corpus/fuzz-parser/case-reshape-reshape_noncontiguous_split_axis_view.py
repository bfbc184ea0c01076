# reshape: a non-contiguous column slice can still be reshaped without a copy when only a
# trailing axis is split or size-1 axes are added; merging its rows needs a copy.
import numpy as np
m = np.arange(12).reshape(3, 4)
s = m[:, :2]
a = s.reshape(3, 2, 1)
b = s.reshape(3, 1, 2)
c = s.reshape(6)
a.strides
b.strides
np.shares_memory(a, m)
np.shares_memory(c, m)
c.flags.owndata
