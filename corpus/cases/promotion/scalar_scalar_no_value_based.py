# promotion: scalar op scalar uses plain type promotion: np.int8(1) + 1 is int64, np.int8(100) + 100
# is int64 200 (no int8 overflow), np.float32(1) + 1.0 is float64, np.uint8(1) - 2 is int64 -1,
# np.int8(1) + np.int16(1) is int16.
import numpy as np
a = np.int8(1) + 1
b = np.int8(100) + 100
c = np.float32(1) + 1.0
d = np.uint8(1) - 2
e = np.int8(1) + np.int16(1)
f = np.int8(1) * 1.5
