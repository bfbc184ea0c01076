# operators: complex64 products and squares whose parts overflow, so that a fused multiply-subtract (re = ar*br -
# ai*bi rounded once: -inf) and a plain one (inf - inf: nan) part. NumPy 2.4's complex64 multiply and square loops
# take their plain scalar kernel when handed an input stepping backwards (complex128's stay fused), while its
# iterator walks forwards an axis every operand steps backwards along (x[::-1] *= y[::-1] is fused). NumPy 1.24
# multiplies complex64 plainly everywhere (its AVX512F vector loop and its scalar loop alike; complex128's scalar
# loop fuses). And NumPy's scalar math (s * t of two complex scalars) is plain in both, either width, where
# np.multiply(s, t) runs the loop. Measured 2026-12-06 with every step sign against every other (found by the
# property test, NumPy 2, seed 343: v2[:] *= v2[::-1] of a complex64 view).
import numpy as np
from numpy.lib.stride_tricks import as_strided
x = np.zeros(20, dtype='complex64')
x.view('int8').fill(-3)
y = x.copy()
forwards = x[:9] * y[:9]
backwards_y = x[:9] * y[::-1][:9]
backwards_both = x[::-1] * y[::-1]
strided = x[::2] * y[1::2]
o = np.zeros(20, dtype='complex64')
np.multiply(x[::-1], y[::-1], out=o[::-1])
p = np.zeros(20, dtype='complex64')
np.multiply(x[::-1], y, out=p[::-1])
z = x.copy()
z[:] *= z[::-1]
squared = np.square(x[::-1])
q = np.zeros(20, dtype='complex64')
np.square(x[::-1], out=q[::-1])
s = x[0] * y[0]
t = np.multiply(x[0], y[0])
w = np.zeros(4, dtype='complex128')
w.view('uint64').fill(18437736874454810625)
u = w[0] * w[1]
v = np.multiply(w[0], w[1])
column = x[:12].reshape(3, 4)[::-1] * y[:3].reshape(3, 1)
