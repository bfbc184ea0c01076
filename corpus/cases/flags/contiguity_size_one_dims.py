# flags: size-1 dimensions do not count for contiguity: m[1:2] (shape (1, 4)) is C- and
# F-contiguous; m[:, 1:2] (shape (3, 1), strides (32, 8)) is neither; m[1:2, ::2] is neither.
import numpy as np
m = np.arange(12).reshape(3, 4)
a = m[1:2]
a.flags.c_contiguous
a.flags.f_contiguous
b = m[:, 1:2]
b.strides
b.flags.c_contiguous
b.flags.f_contiguous
c = m[1:2, ::2]
c.flags.c_contiguous
c.flags.f_contiguous
