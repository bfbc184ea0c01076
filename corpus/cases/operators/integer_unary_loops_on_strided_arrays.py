# operators: integer square, conjugate, negative, absolute and invert on strided (non-contiguous) arrays run the
# element loop, one function per operation; each must give its own operation's values.
import numpy as np
a = np.arange(-6, 6).reshape(3, 4)
s = a[:, ::2]
np.square(s)
s ** 2
np.conjugate(s)
np.negative(s)
np.absolute(s)
np.invert(s)
u = np.arange(12, dtype=np.uint8)[::3]
np.square(u)
np.conjugate(u)
np.square(a.T)
