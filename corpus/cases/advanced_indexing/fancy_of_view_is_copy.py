# advanced_indexing: fancy indexing of a view copies from the view's elements; the copy shares
# nothing with the owner.
import numpy as np
a = np.arange(12)
v = a[::2]
f = v[[0, 2, 4]]
f
f.base is None
np.shares_memory(f, a)
g = a.reshape(3, 4).T[[1, 3]]
g
g.strides
