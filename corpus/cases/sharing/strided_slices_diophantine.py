# sharing: stepped slices with different starts and steps: a[::3]/a[1::3] disjoint, a[::3]/a[::2]
# meet at 0 and 6, a[::4]/a[2::4] disjoint, a[1::4]/a[::6] disjoint.
import numpy as np
a = np.arange(12)
np.shares_memory(a[::3], a[1::3])
np.shares_memory(a[::3], a[::2])
np.shares_memory(a[::4], a[2::4])
np.shares_memory(a[1::4], a[::6])
np.may_share_memory(a[1::4], a[::6])
