# astype(copy=False) returns the array itself when the dtype (and order) already match, under both versions;
# otherwise a fresh array. NumPy 2 keeps this meaning of copy=False for astype (it never raises here).
import numpy as np
a = np.arange(6, dtype=np.int32).reshape(2, 3)
b = a.astype(np.int32, copy=False)
b is a
c = a.astype(np.int64, copy=False)
c is a
c.base is None
d = a.T.astype(np.int32, copy=False)
d is a
d.base is a
