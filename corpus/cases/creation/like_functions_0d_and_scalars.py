# creation: *_like of a 0-d array stays 0-d; of a NumPy scalar gives a 0-d array of its dtype.
import numpy as np
z = np.array(3.5)
a = np.zeros_like(z)
b = np.ones_like(np.float32(1))
c = np.full_like(np.int8(1), 5)
a.shape
b.dtype
c.dtype
a.flags.owndata
