# Out-of-range Python ints through slice, Ellipsis, fancy and boolean-mask assignment: NumPy 2 raises
# OverflowError before writing anything; NumPy 1.24 wrapped the value into every selected element. A list value
# is converted element by element in NumPy 2, so b[:] = [1, 300, 2] raises at 300 after writing the 1 (a partial
# write: b[0] changed, b[1] and b[2] not); an int64 array value is cast unsafely (wraps) under both.
import numpy as np
a = np.zeros(4, dtype=np.int8)
a[1:3] = 300
a[...] = -129
a[[0, 3]] = -200
a[a == 0] = 128
b = np.zeros(3, dtype=np.int8)
b[1] = 100
b[:] = [1, 300, 2]
b[:] = np.array([1, 300, 2])
