# rounding: np.round of an integer array to negative decimals scales, rounds and unscales in out= when it is
# given and returns out itself; without out it returns a fresh array of the input's integer dtype.
import numpy as np
i = np.array([15, 24, -35, 149])
o = np.zeros(4)
r = np.round(i, -1, out=o)
r is o
o2 = np.zeros(4, dtype=np.int64)
r2 = np.around(i, -2, out=o2)
r2 is o2
f = np.round(i, -1)
f.dtype
