# transpose: transpose() with no axes reverses; with axes (varargs or a tuple, negatives allowed)
# permutes strides.
import numpy as np
x = np.arange(24).reshape(2, 3, 4)
a = x.transpose()
b = x.transpose(1, 2, 0)
c = x.transpose((2, 0, 1))
d = np.transpose(x, (0, 2, 1))
e = x.transpose(-1, 0, 1)
a.strides
b.strides
c.strides
d.strides
e.strides
a.flags.f_contiguous
