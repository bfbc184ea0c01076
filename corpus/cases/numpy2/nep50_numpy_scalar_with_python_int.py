# NEP 50 with NumPy scalars: np.int8(1) + 300 and np.uint8(3) + 1000 raise OverflowError in NumPy 2 (the Python
# int must fit the scalar's dtype) while NumPy 1.24 gave int64 scalars; np.int8(100) + 100 is an int8 scalar that
# wraps in 2 but an int64 200 in 1.24; np.int8(1) + 1 is int8 vs int64; np.float32(1) + 1e300 is a float32 inf
# vs a float64. Two NumPy scalars keep their own promotion (int8, wrapping) in both.
import numpy as np
a = np.int8(1) + 300
b = np.int8(100) + 100
c = np.int8(1) + 1
d = np.uint8(3) + 1000
e = np.int8(100) + np.int8(100)
f = np.float32(1) + 1e300
