# == and != of arrays that cannot broadcast: NumPy 1.24 gave a Python False / True (not an array) with a
# warning; NumPy 2 raises ValueError like every other ufunc, so c and d stay unbound. A list operand is turned
# into an array first and behaves the same. < raises in both; a broadcastable pair gives a new bool array.
import numpy as np
a = np.arange(3)
b = np.arange(4)
c = a == b
d = a != b
e = a == [1, 2]
f = a < b
g = a == a[:, None]
g.shape
