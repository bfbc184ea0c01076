# float16 next to Python floats, NumPy scalars and integer arrays: NEP 50 keeps float16 for a Python float
# (70000.0 overflows to inf) where NumPy 1.24 widens by value; int8/uint8 fit float16, int16 needs float32.
# Results of transposed operands follow the K layout.
import numpy as np
a = np.ones((2, 3), dtype=np.float16).T
b = a + 1.5
c = a + 70000.0
d = a * np.int8(3)
e = a - np.arange(3, dtype=np.uint8)[:, None]
f = a + np.arange(2, dtype=np.int16)
g = a * np.float32(0.1)
h = np.float16(1) + 2049
