# ravel_flatten: a middle-column slice m[:, 1:3] is not contiguous: ravel copies in all orders;
# an F order ravel gives column-major values.
import numpy as np
m = np.arange(12).reshape(3, 4)
s = m[:, 1:3]
r = s.ravel()
f = s.ravel(order='F')
np.shares_memory(r, m)
r
f
