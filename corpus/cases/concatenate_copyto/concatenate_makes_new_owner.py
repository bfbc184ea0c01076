# concatenate_copyto: np.concatenate always makes a new owning array, even for one input; later
# writes to the inputs do not show in it.
import numpy as np
a = np.arange(4).reshape(2, 2)
b = np.concatenate([a, a])
c = np.concatenate([a])
c is a
c.base is None
np.shares_memory(b, a)
a[0, 0] = 99
b
c
