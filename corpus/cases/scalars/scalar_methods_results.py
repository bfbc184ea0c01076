# scalars: methods on NumPy scalars: copy() and astype() give scalars, reshape(1)/ravel()/flatten()
# give 1-element arrays, item()/tolist() give Python values, view() of same itemsize a scalar.
import numpy as np
s = np.int32(7)
c = s.copy()
t = s.astype(np.int8)
r = s.reshape(1)
f = s.flatten()
v = np.int16(-1).view(np.uint16)
s.item()
s.tolist()
r.flags.writeable
r.base is None
f.base is None
