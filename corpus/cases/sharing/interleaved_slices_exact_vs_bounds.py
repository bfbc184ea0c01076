# sharing: a[::2] and a[1::2] overlap as memory ranges but share no element: may_share_memory True,
# shares_memory False; writes to one never show in the other.
import numpy as np
a = np.arange(12)
e = a[::2]
o = a[1::2]
np.shares_memory(e, o)
np.may_share_memory(e, o)
np.shares_memory(e, a)
e[:] = -1
o
