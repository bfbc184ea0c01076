# np.fliplr / np.flipud: negative-stride views (m[:, ::-1], m[::-1, ...]) with the input as base; writes go
# through; fliplr needs two dimensions and flipud one (ValueError).
import numpy as np
a = np.arange(12).reshape(3, 4)
l = np.fliplr(a)
l.strides
l.base is a
u = np.flipud(a)
u.strides
l[0, 0] = -1
a[0, 3]
np.shares_memory(l, u)
v = np.flipud(a[:, 1])
v.flags.c_contiguous
e = np.fliplr(a[0])
f = np.flipud(np.array(3))
