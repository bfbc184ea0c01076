# NEP 50 (NumPy 2): a Python int is converted to the array's dtype and must fit (OverflowError) in np.copyto,
# np.full and element assignment; NumPy 1.24 wrapped or promoted by value. A NumPy scalar is strong instead.
import numpy as np
u = np.zeros(3, dtype=np.uint8)
np.copyto(u, 300)
np.copyto(u, -1)
np.copyto(u, 255)
f = np.full(2, 300, dtype=np.int8)
u[0] = 256
u[1] = np.int64(7)
g = np.full(2, np.int16(300), dtype=np.int8)
