# ufunc_out: complex products and squares of one element, whose parts overflow so that a fused multiply-subtract
# (-inf) and a plain one (nan) part. NumPy's loops pick their kernel by the steps they are handed, and one element
# comes with different steps by the way NumPy reaches the loop: its trivial path hands the arrays' own steps (a 1-D
# operand's stride, 32 bytes for q[::2][:1]; an n-d one's itemsize; a 0-d input's 0), its iterator (operands of
# different ndim, an output overlapping an input, ufunc.at) zero steps, which NumPy 2 takes to its plain scalar
# kernel. So NumPy 2's square of a strided element into a strided element is plain (neither contiguous), its
# product of a (1, 1) and a (1,) array plain (iterator), the same product of two (1,) arrays fused; NumPy 1.24's
# AVX512F product of strided elements is not its contiguous vector loop (complex128 fused). Known until
# 2026-12-06, when the engine handed every one-element loop its own zero steps.
import numpy as np
q = np.full(20, np.sqrt(0.5) * (1 + 1j))
o = np.zeros(20, dtype=complex)
np.square(q[::2][:1], out=o[::2][:1])
r = np.zeros(20, dtype=complex)
np.multiply(q[::2][:1], q[::2][:1], out=r[::2][:1])
w = np.zeros(4, dtype='complex128')
w.view('uint64').fill(18437736874454810625)
c = np.zeros(4, dtype='complex64')
c.view('int8').fill(-3)
t = np.zeros(4, dtype='complex128')
np.multiply(w[::2][:1], w[1::2][:1], out=t[::2][:1])
u = np.zeros(4, dtype='complex128')
np.square(w[::2][:1], out=u[::2][:1])
iterator = w[:1].reshape(1, 1) * w[1:2]
trivial = w[:1] * w[1:2]
iterator64 = c[:1].reshape(1, 1) * c[1:2]
squared_0d = np.square(w[:1].reshape(()))
v = w.copy()
np.multiply.at(v, [0], w[1])
x = w.copy()
np.square.at(x, [0])
y = c.copy()
np.multiply.at(y, [0], c[1])
