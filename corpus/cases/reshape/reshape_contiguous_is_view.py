# reshape: a C-contiguous array reshapes (varargs, tuple, -1) to views with base = owner.
import numpy as np
a = np.arange(12)
b = a.reshape(3, 4)
c = a.reshape((2, 6))
d = a.reshape(-1, 4)
e = b.reshape(2, 2, 3)
b.base is a
e.base is a
d.strides
e.strides
e[1, 1, 2] = -1
a
