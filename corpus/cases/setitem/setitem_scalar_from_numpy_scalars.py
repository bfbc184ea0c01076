# setitem: NumPy scalars as values are cast like Python values: np.float32(2.5) into int16
# truncates, np.bool_(True) into float64 is 1.0, np.int8(-3) into uint16 wraps to 65533.
import numpy as np
a = np.zeros(3, dtype=np.int16)
a[0] = np.float32(2.5)
a[1] = np.int64(-7)
a
f = np.zeros(2)
f[0] = np.bool_(True)
f
u = np.zeros(2, dtype=np.uint16)
u[0] = np.int8(-3)
u
