# flags: empty views keep the parent's strides and are both C- and F-contiguous.
import numpy as np
m = np.arange(6).reshape(2, 3)
a = m[:, 3:]
b = m[2:]
c = m[::-1][5:]
a.shape
a.strides
a.flags.c_contiguous
a.flags.f_contiguous
b.strides
b.flags.f_contiguous
c.shape
c.base is m
