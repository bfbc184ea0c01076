# ufunc_at: which NaN np.add.at and np.multiply.at pass on where both operands are NaN (seen through integer views).
# NumPy 2 hands each element of an a it need not cast to the loop as both x and the output, with zero steps
# (ufunc_at__fast_iter): float and complex sums take the add loop's reduce branch and pass on y's NaN. A 1-d a with
# one index array and a b of at most one dimension runs the operation's indexed loop instead (trivial_at_loop):
# float sums x's NaN, float16 sums and products x's (the regular half loop y's), complex sums x's real part and y's
# imaginary part, complex products the imaginary cross product ai*br's NaN first. NumPy 1.24 buffers every operand
# apart: x's NaN throughout. Measured with distinct payloads (2026-12-06), found next to the complex sum's loop
# branches (property test, NumPy 1.24, seed 681).
import numpy as np
X = (np.arange(8, dtype=np.int32) * 2 - 4194304).view(np.float32)
Y = (np.arange(8, dtype=np.int32) * 2 - 4194303).view(np.float32)
a = X.copy()
np.add.at(a, [0, 1, 1, 3], Y[:4])
a_bits = a.view(np.int32)
b = X.copy()
np.add.at(b, slice(0, 4), Y[:4])
b_bits = b.view(np.int32)
c = X.copy().reshape(2, 4)
np.add.at(c, (0, [1, 2]), Y[:2])
c_bits = c.view(np.int32)
h = (np.arange(4, dtype=np.int16) * 2 - 512).view(np.float16)
k = (np.arange(4, dtype=np.int16) * 2 - 511).view(np.float16)
d = h.copy()
np.add.at(d, [0, 1, 2, 3], k)
d_bits = d.view(np.int16)
e = h.copy()
np.multiply.at(e, [3, 2], k[0])
e_bits = e.view(np.int16)
f = h.copy()
np.multiply.at(f, slice(None), k)
f_bits = f.view(np.int16)
Z = (np.arange(16, dtype=np.int64) * 2 - 2251799813685248).view(np.float64).view(np.complex128)
W = (np.arange(16, dtype=np.int64) * 2 - 2251799813685247).view(np.float64).view(np.complex128)
g = Z.copy()
np.add.at(g, [0, 1, 2, 3], W[:4])
g_bits = g.view(np.int64)
m = Z.copy()
np.multiply.at(m, [4, 5], W[0])
m_bits = m.view(np.int64)
n = Z.copy()
np.add.at(n, slice(2, 6), W[:4])
n_bits = n.view(np.int64)
q = Z.copy().astype(np.complex64)
np.add.at(q, [0, 7], W[:2].astype(np.complex64))
q_bits = q.view(np.int32)
