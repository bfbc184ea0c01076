# An integer **= with a negative exponent somewhere raises ValueError from inside NumPy's loop: the elements
# before it may already be written in place, and the array keeps its identity and layout.
import numpy as np
a = np.arange(2, 8, dtype=np.int64)
b = a[::2]
# expect: ValueError
b **= np.array([2, -1, 2])
c = np.arange(6, dtype=np.int16).reshape(2, 3)
c **= np.array([[1], [2]], dtype=np.int16)
d = c.T ** np.uint8(3)
