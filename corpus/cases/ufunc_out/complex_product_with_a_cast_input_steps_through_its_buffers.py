# NumPy 1.24 buffers an input its loop must read through a cast (one it did not copy first: a 2-d one, or any after
# it), and hands it to the loop as its buffer, stepping one element, whatever the input's own steps (0 for a
# broadcast). Its AVX512F complex product takes the vector loop where all three operands step one element, and that
# loop passes on another NaN in the imaginary part than the plain one. So v *= np.array([-3]) of a complex64 view
# whose elements are all one cell (an out NumPy replaces by a write-back copy, contiguous) multiplies in the vector
# loop, through a complex128 loop, and leaves the imaginary NaN's bits as they were (property test, NumPy 1.24,
# seed 1441; the engine stepped the broadcast input by 0 and took the plain loop). NaN payloads in both parts: the
# int64 under the view shows which was passed on.
import numpy as np
from numpy.lib.stride_tricks import as_strided
v0 = np.array(-3)
v5 = v0.view('complex64')
v9 = as_strided(v5, shape=(1, 3), strides=(0, 0))
v9 *= np.array([-3])
w0 = np.array(-3)
w9 = as_strided(w0.view('complex64'), shape=(2, 2), strides=(0, 0))
w9 *= np.array([[-3]])
u0 = np.array(-3)
u9 = as_strided(u0.view('complex64'), shape=(1, 2), strides=(0, 0))
u9 *= np.array([-3])
t0 = np.array(-3)
t9 = as_strided(t0.view('complex64'), shape=(3,), strides=(0,))
t9 *= np.array([-3])
s0 = np.array(-3)
s9 = as_strided(s0.view('complex64'), shape=(1, 3), strides=(0, 0))
s9 *= np.array([-3], 'complex64')
# Fresh results too: an input of two dimensions needing a cast is buffered (NumPy copies only 0-d and 1-d ones first),
# and so is a 0-d input (a Python int, a 0-d array) where the operation does not coalesce to one dimension; where it
# coalesces (x contiguous, even into an out of another dtype) the 0-d input steps 0 and the plain loop runs.
bits = np.array(-3).astype('u4') - np.arange(16, dtype='u4') * 3
x = bits.view('complex64').reshape(2, 4)
p = np.multiply(x, np.array([[-3]]))
q = np.multiply(x[:, ::-1], -3)
r = np.multiply(np.broadcast_to(x[:1], (2, 4)), np.array(-3))
o = np.zeros((2, 4), 'complex128')
s = np.multiply(x, np.array(-3), out=o, casting='unsafe')
t = np.multiply(x, -3)
bp = p.view('u4')
bq = q.view('u4')
br = r.view('u4')
bo = o.view('u8')
bt = t.view('u4')
