# np.dot with a 0-d operand (a Python scalar or a 0-d array) is the other operand scaled, a fresh C-order array.
import numpy as np
a = np.arange(6.0).reshape(2, 3)
d = np.dot(2.5, a)
e = np.dot(a.T, np.array(-1.5))
f = np.dot(np.array(3), np.arange(4))
g = np.dot(np.array(2.0), np.array(4.0))
