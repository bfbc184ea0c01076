# flags: c_contiguous/f_contiguous for row slices, column slices, stepped slices and 1-D views.
import numpy as np
m = np.arange(12).reshape(3, 4)
r = m[1:]
c = m[:, 1:3]
s = m[::2]
v = m[1]
w = m[:, 1]
r.flags.c_contiguous
c.flags.c_contiguous
c.flags.f_contiguous
s.flags.c_contiguous
v.flags.c_contiguous
v.flags.f_contiguous
w.flags.c_contiguous
w.strides
