# creation: np.array(a, copy=False) returns a itself when dtype/order need no change; a dtype
# change forces a copy; np.array(a) (copy=True) always makes a new owner.
import numpy as np
a = np.arange(4)
b = np.array(a, copy=False)
c = np.array(a)
d = np.array(a, copy=False, dtype=np.float64)
e = np.array(a, copy=False, dtype=np.int64)
b is a
c is a
d.base is None
e is a
np.shares_memory(c, a)
