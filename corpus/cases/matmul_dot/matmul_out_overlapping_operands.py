# np.matmul with out= sharing memory with an operand: NumPy copies (COPY_IF_OVERLAP), so the result is as if both
# operands were read first, whether out is an operand itself, a transposed or reversed view of one, or an F-ordered
# array; out comes back as the same object. out may hold a larger stack than the operands (they broadcast into it),
# never a smaller one.
import numpy as np
q = np.arange(9).reshape(3, 3)
r = np.matmul(q, q, out=q)
same = r is q
p = np.arange(9).reshape(3, 3)
np.matmul(p, p.T, out=p.T)
v = np.arange(4)
m = np.arange(16).reshape(4, 4)
np.matmul(m, v, out=v[::-1])
s = np.zeros((2, 3, 3), dtype=np.int64)
np.matmul(np.eye(3, dtype=np.int64), np.arange(9).reshape(3, 3), out=s)
np.matmul(np.ones((2, 3, 3), dtype=np.int64), np.ones((3, 3), dtype=np.int64), out=np.zeros((3, 3), dtype=np.int64))
np.matmul(q, q, out=np.zeros((3, 2), dtype=np.int64))
f = np.zeros((3, 3), order='F')
np.matmul(q, q, out=f)
u = np.arange(6, dtype=np.uint8).reshape(2, 3)
w = np.matmul(u, u.T)
