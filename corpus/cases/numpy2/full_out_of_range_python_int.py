# np.full and np.full_like with an out-of-range Python int: NumPy 2 (NEP 50, cast-safety fixes of 2.1) raises
# OverflowError and binds nothing; NumPy 1.24 filled the new buffer with the wrapped value. A NumPy scalar fill
# value is cast unsafely (wraps) in both, a Python float overflows to inf in float32 in both, and order='F' only
# changes the strides.
import numpy as np
a = np.full(3, 300, dtype=np.int8)
b = np.full((2, 2), 300, dtype=np.uint8, order='F')
c = np.full(2, np.int64(300), dtype=np.int8)
d = np.full(2, 1e300, dtype=np.float32)
u = np.zeros((2, 3), dtype=np.uint8)
e = np.full_like(u, 256)
f = np.full_like(u, -1)
g = np.full_like(u, np.int16(-1))
h = np.full_like(u.T, 255)
h.strides
