# base_chain: x.T.reshape(6) must copy; NumPy copies into a temporary and returns a reshaped view
# of it, so the result's base is an unnamed array, not None and not x.
import numpy as np
x = np.ones((2, 3))
r = x.T.reshape(6)
r.base is None
r.base is x
r.flags.owndata
np.shares_memory(r, x)
r.flags.c_contiguous
