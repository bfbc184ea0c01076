# diagonal_flip: a.diagonal() is a read-only view with stride (n+1)*itemsize and base = the owner;
# writing to it is ValueError; a write to the source shows in it.
import numpy as np
m = np.arange(9).reshape(3, 3)
d = m.diagonal()
d.strides
d.flags.writeable
d.flags.owndata
d.base is m.base
np.shares_memory(d, m)
# expect: ValueError
d[0] = 1
m[1, 1] = 40
d
