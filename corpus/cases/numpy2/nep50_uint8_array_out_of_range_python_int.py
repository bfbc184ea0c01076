# NEP 50 for unsigned arrays: uint8 array + 1000, + 300, * -1 and - 256 raise OverflowError in NumPy 2 (the
# Python int must fit uint8); NumPy 1.24 chose the result dtype by value instead (uint16, int16) and allocated a
# wider result. 255 fits, so uint8 + 255 is uint8 and wraps under both.
import numpy as np
u = np.array([1, 2], dtype=np.uint8)
a = u + 1000
b = u + 300
c = u * -1
d = u - 256
e = u + 255
f = 300 + u
