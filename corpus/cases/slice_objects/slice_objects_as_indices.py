# slice_objects: slice(...) objects, alone or in tuples bound to names, index exactly as the literal
# forms do: views with the same strides, offsets and bases, and writes through them.
import numpy as np
a = np.arange(24).reshape(4, 6)
s = slice(1, None, 2)
v = a[s]
w = a[slice(None, None, -1), s]
idx = (slice(1, 3), slice(None))
u = a[idx]
u[0, 0] = -5
a[(slice(None), slice(4, 0, -2))] = 7
e = a[slice(10, 20)]
v.base is a.base
