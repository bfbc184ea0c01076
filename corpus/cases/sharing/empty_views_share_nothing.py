# sharing: an empty view shares no memory with anything (both functions False), even with its own
# base; an array shares memory with itself.
import numpy as np
a = np.arange(6)
z = a[:0]
w = a[3:3]
np.shares_memory(z, a)
np.may_share_memory(z, a)
np.shares_memory(w, a)
np.shares_memory(a, a)
z.base is a
