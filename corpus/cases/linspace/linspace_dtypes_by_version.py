# The dtype of linspace's arithmetic: NumPy 2 takes the endpoints' result type made inexact (float32 endpoints
# stay float32, a Python number is weak); NumPy 1.24 multiplies each endpoint by 1.0 and adds float(num), so
# float32 scalars become float64. Integers, bools and float16 arrays follow the same rules.
import numpy as np
a = np.linspace(np.float32(0), np.float32(1), 4)
b = np.linspace(np.float16(1), 2, 3)
c = np.linspace(np.int8(1), 3, 3)
d = np.linspace(np.arange(2, dtype=np.float32), 1, 3)
e = np.linspace(np.array([True, False]), 2, 3)
f = np.linspace(0, 1, 3, dtype=np.int8)
g = np.linspace(5e-324, 1e-323, 3)
np.linspace(0, 1, -1)
np.linspace(0, 1, 3, axis=2)
np.linspace(0, 1, 2.5)
