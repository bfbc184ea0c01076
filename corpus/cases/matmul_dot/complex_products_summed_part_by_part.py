# matmul_dot: complex matrix products (np.matmul, @, np.dot, stacks of them) with values whose every partial sum
# is exact, so the order BLAS or NumPy's own loops sum in cannot show: the real and imaginary parts each start
# from zero. (And bool products, below.)
import numpy as np
z = np.array([[1 + 2j, 3 - 1j], [0.5j, 2]])
w = np.array([[2 - 1j, 1], [1j, -1 + 1j]])
p = z @ w
d = np.dot(z, w)
v = np.dot(z[0], w[:, 1])
s = np.matmul(np.stack([z, w]), w)
t = np.dot(np.stack([z, w]), w)
c = np.dot(z.astype(np.complex64), w.astype(np.complex64))
# Bool products stop at the first pair both true, and read no further than the operands' length: the views
# below end just before a True pair.
x = np.array([[False, False, True]])
y = np.array([[True], [True], [True]])
q = x[:, :2] @ y[:2]
r = np.dot(x[:, :2], y[:2])
