# einsum_sort_require: np.require returns its input itself when the requirements hold, and a copy in the
# asked order when they do not (F for a C array, owndata for a view, writeable for a read-only array);
# C with F is ValueError, an unknown letter KeyError.
import numpy as np
a = np.arange(6).reshape(2, 3)
same = np.require(a, requirements=['C'])
same is a
f = np.require(a, requirements='F')
o = np.require(a[:, :2], requirements=['O', 'A'])
ro = np.arange(3)
ro.flags.writeable = False
w = np.require(ro, requirements='W')
w.flags.writeable
typed = np.require(a, dtype=np.float32)
# expect: ValueError
np.require(a, requirements='CF')
# expect: KeyError
np.require(a, requirements='X')
