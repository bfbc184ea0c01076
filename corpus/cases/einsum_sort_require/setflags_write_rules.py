# einsum_sort_require: a.setflags(write=) follows the writeable rules of a.flags.writeable (a view of a
# writeable owner may become writeable again, and so may a broadcast view of one, but not an as_strided
# view made read-only); uic=True is ValueError.
import numpy as np
a = np.arange(4)
v = a[1:]
v.setflags(write=False)
v.flags.writeable
v.setflags(write=True)
b = np.lib.stride_tricks.as_strided(a, shape=(2,), strides=(8,), writeable=False)
bb = np.broadcast_to(a, (2, 4))
bb.setflags(write=True)
# expect: ValueError
b.setflags(write=True)
# expect: ValueError
a.setflags(uic=True)
a.setflags(write=False)
# expect: ValueError
a[0] = 1
