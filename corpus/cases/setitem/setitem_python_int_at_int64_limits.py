# setitem: Python ints from -2**63 to 2**63 - 1 are C longs, stored as int64; 2**63 to 2**64 - 1 only fit an
# unsigned type, and -2**63 - 1 fits neither (OverflowError), whatever the array's dtype.
import numpy as np
a = np.zeros(3, dtype=np.int64)
a[0] = -2 ** 63
a[1] = 2 ** 63 - 1
a[2] = -2 ** 63 - 1
u = np.zeros(2, dtype=np.uint64)
u[0] = 2 ** 64 - 1
f = np.zeros(2)
f[0] = -2 ** 63
a[0]
