# creation: np.asarray returns the same object when possible (matching dtype, compatible order),
# and a new array for a dtype change or an order it cannot satisfy.
import numpy as np
m = np.arange(6).reshape(2, 3)
a1 = np.asarray(m)
a2 = np.asarray(m, dtype=np.int64)
a3 = np.asarray(m, dtype=np.int32)
a4 = np.asarray(m, order='F')
a5 = np.asarray(m, order='K')
a1 is m
a2 is m
a3 is m
a4 is m
a5 is m
a4.flags.f_contiguous
