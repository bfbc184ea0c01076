# Out-of-range Python ints given to constructors: np.int8(300), np.uint8(-1), np.array([300], dtype=np.int8),
# np.array(300, dtype=np.int8), np.asarray([1, 256], dtype=np.uint8) and an F-ordered 2-d uint8 array from a -1
# raise OverflowError in NumPy 2 (deprecated in 1.24, which wrapped each value into the new scalar or buffer).
# The boundary values fit in both; an int64 array cast to int8 and np.arange stay wrapping casts in both.
import numpy as np
a = np.int8(300)
b = np.uint8(-1)
c = np.int8(-128)
d = np.array([300], dtype=np.int8)
e = np.array(300, dtype=np.int8)
f = np.asarray([1, 256], dtype=np.uint8)
g = np.array([[1, 2], [3, -1]], dtype=np.uint8, order='F')
h = np.array(np.array([300]), dtype=np.int8)
k = np.array([300, -1]).astype(np.uint8)
m = np.arange(250, 260, dtype=np.uint8)
