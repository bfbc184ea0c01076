# np.resize repeats a.ravel() to fill the new shape: a view (a reshape) of a fresh concatenation, never of a;
# a shape of the same size still copies; size 0 gives zeros_like; negative sizes are a ValueError.
import numpy as np
a = np.arange(6).reshape(2, 3).T
b = np.resize(a, (4, 4))
b.base is None
np.shares_memory(b, a)
c = np.resize(a, (3, 2))
d = np.resize(a, 0)
e = np.resize(a[:0], (2, 2))
np.resize(a, (-1, 2))
