# np.matmul / a @ b is a generalised ufunc: the result's stack dimensions follow the inputs' order (order K, as any
# ufunc output) while each matrix is C-contiguous, whatever the operands' layouts; 1-D operands lose their added
# dimension (a 1-D @ 1-D is a scalar). Its errors: a 0-d operand and mismatched core dimensions (ValueError), an out
# the result cannot be cast to (TypeError). a @= b is NumPy 2's matmul(a, b, out=a) (the same object; an int array
# refuses a float product); NumPy 1.24 raises TypeError. Small integer values keep float sums exact, so BLAS's
# summation order cannot show.
import numpy as np
a = np.arange(6.0).reshape(2, 3)
b = np.arange(12.0).reshape(3, 4)
c = a @ b
d = np.matmul(np.asfortranarray(a), np.asfortranarray(b))
A = np.arange(24.0).reshape(4, 3, 2).transpose(2, 1, 0)
e = A @ np.ones((4, 2))
v = np.arange(3.0) @ np.arange(3.0)
w = a @ np.arange(3.0)
x = np.arange(2.0) @ a
s = np.ones((3, 1, 2, 3)).transpose(1, 0, 2, 3) @ b
o = np.zeros((2, 4), order='F')
r = np.matmul(a, b, out=o)
q = np.arange(9.0).reshape(3, 3)
np.matmul(q, q, out=q)
np.matmul(np.array(1.0), a)
a @ np.ones((4, 2))
np.matmul(a, b, out=np.zeros((2, 4), dtype=np.int64))
np.matmul(a, b, out=np.zeros((5, 4)))
np.matmul(a, b, out=np.zeros((2, 5)))
i = np.arange(4).reshape(2, 2)
i @= np.eye(2)
f = np.arange(4.0).reshape(2, 2)
g = f
f @= f
t = np.ones((2, 2), dtype=bool) @ np.ones((2, 2), dtype=bool)
h = np.ones((2, 2), dtype=np.float16) @ np.ones((2, 2), dtype=np.float16)
k = np.arange(6, dtype=np.int8).reshape(2, 3) @ np.full(3, 100, dtype=np.int8)
