# take_put: np.putmask takes values by each element's own flat position (cyclic), read before any write;
# np.place takes values in order for the true positions, reading a values array it uses in place as the
# writes go, so earlier writes show through when it overlaps a C-contiguous target.
import numpy as np
a = np.arange(6)
np.putmask(a, a > 2, a[::-1])
b = np.arange(6)
np.place(b, b > 2, b[::-1])
c = np.arange(4)
np.place(c, [False, True, True, True], c)
d = np.arange(6).reshape(2, 3).T
np.place(d, [1, 0, 1, 0, 1, 0], [7, 8])
e = np.arange(5.0)
np.putmask(e, [1, 0, 1, 0, 1], e)
