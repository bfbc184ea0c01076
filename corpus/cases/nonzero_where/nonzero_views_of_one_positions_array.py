# nonzero_where: a.nonzero() / np.nonzero / np.where(c) return a tuple of int64 arrays that are strided
# views (stride ndim * 8) of one unnamed positions array: same base, overlapping memory, no shared
# elements; the tuple's arrays are traced as idx[0], idx[1].
import numpy as np
a = np.array([[0, 3, 0], [4, 0, 5]])
idx = a.nonzero()
w = np.where(a > 2)
n = np.nonzero(a.T)
i0 = idx[0]
i0.base is idx[1].base
np.shares_memory(idx[0], idx[1])
np.may_share_memory(idx[0], idx[1])
one = np.nonzero(np.arange(4))
none = np.nonzero(np.zeros((2, 2)))
