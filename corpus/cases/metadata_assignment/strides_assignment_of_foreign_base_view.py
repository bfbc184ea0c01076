# metadata_assignment: an as_strided view's base is not an array, so `x.strides =` may use only x's own
# extent; a view of a reshape copy checks against the copy; a read-only view may still be re-strided.
import numpy as np
a = np.arange(8)
x = np.lib.stride_tricks.as_strided(a, shape=(2,), strides=(32,))
# expect: ValueError
x.strides = (40,)
x.strides = (16,)
y = x[::-1]
y.strides = (-32,)
t = a.reshape(2, 4).T.reshape(8)
t.strides = (0,)
r = np.broadcast_to(a[:2], (3, 2))
r.strides = (0, 8)
r.flags.writeable
