# sharing: shares_memory / may_share_memory accept non-array operands (lists, scalars), which are
# converted to new arrays and so never share.
import numpy as np
a = np.arange(3)
np.shares_memory(a, [0, 1, 2])
np.may_share_memory(a, 3)
np.shares_memory(a, a[0])
np.shares_memory(a, a[0, ...])
