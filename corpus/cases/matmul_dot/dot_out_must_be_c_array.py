# np.dot promotes the operands' dtypes the old way (a Python int is int64: np.dot(int8_array, 2) is int64 under
# both NumPys), sends a 0-d operand of an integer type to np.multiply (its result and out follow the ufunc's rules)
# but a float one to BLAS (a C-contiguous result), and allocates a C-contiguous result otherwise. Its out= must be
# C-contiguous, aligned and writeable, with exactly the result's dtype and shape (ValueError otherwise); an out
# sharing memory with an operand is written through a copy and returned.
import numpy as np
a = np.arange(6).reshape(2, 3)
b = np.arange(12).reshape(3, 4)
c = np.dot(a, b)
f = np.dot(np.asfortranarray(a), np.asfortranarray(b))
i8 = np.arange(6, dtype=np.int8).reshape(2, 3)
s = np.dot(i8, 2)
t = np.dot(np.asfortranarray(i8), np.int8(3))
g = np.dot(np.asfortranarray(a.astype(float)), 2.0)
v = np.dot(np.arange(3), np.arange(3))
n = np.dot(np.ones((2, 3, 4)), np.ones((5, 4, 2)))
o = np.zeros((2, 4), dtype=np.int64)
r = np.dot(a, b, out=o)
np.dot(a, b, out=np.zeros((2, 4), dtype=np.int64, order='F'))
np.dot(a, b, out=np.zeros((2, 4)))
np.dot(a, b, out=np.zeros((4, 2), dtype=np.int64))
ro = np.zeros((2, 4), dtype=np.int64)
ro.flags.writeable = False
np.dot(a, b, out=ro)
q = np.arange(9).reshape(3, 3)
np.dot(q, q, out=q)
np.dot(np.ones(3), np.ones((2, 4)))
w = np.dot(np.ones(2, dtype=bool), np.ones(2, dtype=bool))
z = np.dot(np.ones((2, 2), dtype=np.float16), np.ones((2, 2), dtype=np.float16))
