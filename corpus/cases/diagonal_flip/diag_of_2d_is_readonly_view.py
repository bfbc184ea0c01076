# diagonal_flip: np.diag of a 2-D array is the diagonal view (base collapsed to the owner, read-only, the
# diagonal stride), for k above, below and beyond the matrix; writing it is ValueError.
import numpy as np
a = np.arange(12).reshape(3, 4)
d = np.diag(a)
up = np.diag(a, 1)
down = np.diag(a, k=-2)
gone = np.diag(a, 7)
d.base is a.base
np.shares_memory(d, up)
# expect: ValueError
d[0] = 5
t = np.diag(a.T[::-1])
