# broadcast: copying a broadcast view gives a writeable, compact owner; reshaping it to 1-D needs a
# copy (stride 0 cannot merge), while slicing and transposing stay read-only views with 0 strides.
import numpy as np
a = np.arange(3)
h = np.broadcast_to(a, (2, 3))
r = h.copy()
r.strides
r.flags.writeable
f = h.reshape(6)
np.shares_memory(f, a)
f
t = h.T
t.strides
row = h[1]
row.strides
row.flags.writeable
