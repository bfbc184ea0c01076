# NEP 50: a Python int is "weak" and takes the array's dtype. int8 array + 1 is int8 under both versions (1.24
# by value, 2 by rule); int8 + 127 stays int8 and wraps under both. From 128 on, NumPy 1.24 widened the result by
# value (int16, int32: a bigger buffer), NumPy 2 keeps int8 and raises OverflowError because 128 does not fit.
import numpy as np
a = np.array([1, 2], dtype=np.int8)
b = a + 1
c = a + 127
d = a + 128
e = a - 129
f = a * 70000
g = 1 - a
