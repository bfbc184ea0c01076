# Result dtypes of the new operators under NEP 50 (NumPy 2) and value-based casting (NumPy 1.24): an int8 array
# with the Python int 300 raises OverflowError for // and << under NumPy 2 and widens to int16 under 1.24, while
# / runs the float64 loop either way; a 0-d array exponent is strong in NumPy 2.
import numpy as np
a = np.arange(-3, 3, dtype=np.int8)
b = a / 300
c = a % 2.5
d = np.float16(1) ** 2
e = np.arange(3, dtype=np.uint8) >> 1
f = a & np.int64(1)
# expect: OverflowError (NumPy 2; NumPy 1.24 widens to int16)
g = a // 300
# expect: OverflowError (NumPy 2; NumPy 1.24 widens to int16)
h = a << 300
