# reductions: min and max compare signed integers as signed (a negative is the smallest) and unsigned ones as
# unsigned (a value past 2**63 is the largest), along any axis.
import numpy as np
s = np.array([[-1, 2, -7], [5, -3, 0]])
s.min()
s.max()
np.min(s, axis=0)
np.max(s, axis=1)
i8 = np.array([-128, 127, -1, 0], dtype=np.int8)
i8.min()
i8.max()
u = np.array([2 ** 63 + 5, 3, 2 ** 64 - 1, 0], dtype=np.uint64)
u.min()
u.max()
np.max(u.reshape(2, 2), axis=0)
