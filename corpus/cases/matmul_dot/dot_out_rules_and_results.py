# np.dot's out= must be exactly right (C-contiguous, the result's dtype and shape: ValueError otherwise) and is
# returned itself; 1-d by 1-d gives a scalar, a 0-d operand multiplies; without out= the result is a fresh
# C-ordered array even for transposed inputs.
import numpy as np
a = np.arange(6).reshape(2, 3)
b = np.arange(12).reshape(3, 4)
o = np.zeros((2, 4), dtype=np.int64)
r = np.dot(a, b, out=o)
r is o
c = np.dot(b.T, a.T)
d = np.dot(np.arange(3), np.arange(3))
e = np.dot(a, 2)
f = np.zeros((4, 2), dtype=np.int64).T
np.dot(a, b, out=f)
g = np.zeros((2, 4), dtype=np.int32)
np.dot(a, b, out=g)
