# NEP 50: a NumPy scalar and a 0-d array are as strong as an array of their dtype; only Python numbers are weak.
# int8 array + np.int64(1) or + np.array(1) is int64 (8-byte elements) in NumPy 2 but int8 in NumPy 1.24, which
# looked at the value; float32 + np.float64(1) or + np.array(1.0) is float64 vs float32; uint8 + np.array(-1) is
# int64 vs int16. uint8 + np.int16(-1) and a 1-element 1-d operand promote by dtype in both. A 0-d int8 array
# with the weak 300 is OverflowError in 2 (an int64 scalar in 1.24).
import numpy as np
i8 = np.array([1, 2], dtype=np.int8)
u8 = np.array([1, 2], dtype=np.uint8)
f32 = np.array([1, 2], dtype=np.float32)
a = i8 + np.int64(1)
b = i8 + np.array(1)
c = f32 + np.float64(1)
d = f32 + np.array(1.0)
e = u8 + np.array(-1)
f = u8 + np.int16(-1)
g = i8 + np.array([1])
h = np.array(1, dtype=np.int8) + 300
a.strides
