# diagonal_flip: np.flip with no axis, axis=0, axis=1, a tuple and a negative axis: writeable views
# with negated strides and base = owner.
import numpy as np
m = np.arange(9).reshape(3, 3)
a = np.flip(m)
b = np.flip(m, axis=0)
c = np.flip(m, axis=1)
d = np.flip(m, axis=(0, 1))
e = np.flip(m, axis=-1)
a.strides
b.strides
c.strides
d.strides
e.strides
a.base is m.base
a.flags.writeable
a
