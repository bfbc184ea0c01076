# reshape: np.reshape of a list first converts it to an array (an unnamed temporary) and returns
# a view of it, so the result's base is not None.
import numpy as np
r = np.reshape([1, 2, 3, 4], (2, 2))
r.base is None
r.flags.owndata
r
s = np.reshape(np.arange(4), (2, 2))
s.base is None
