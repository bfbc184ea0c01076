# Seed 002 claim: "ravel returns a contiguous flattened view of the array wherever possible.
# On the other hand, ndarray.flatten always returns a flattened copy". Correct.
import numpy as np
x = np.arange(6).reshape(2, 3)
r = x.ravel()
f = x.flatten()
r.base is x
f.base is None
np.shares_memory(r, x)
np.shares_memory(f, x)
rt = x.T.ravel()
np.shares_memory(rt, x)
rt
