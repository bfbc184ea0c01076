# sharing: a reversed view shares with the original; the first half reversed and the second half
# do not share; overlapping windows a[:4] and a[3:] share exactly one element.
import numpy as np
a = np.arange(8)
r = a[::-1]
np.shares_memory(r, a)
np.shares_memory(a[:4][::-1], a[4:])
np.may_share_memory(a[:4][::-1], a[4:])
np.shares_memory(a[:4], a[3:])
x = a[:4]
y = a[3:]
x[3] = 33
y
