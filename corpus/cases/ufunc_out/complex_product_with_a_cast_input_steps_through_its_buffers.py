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
