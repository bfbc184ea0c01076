# Seed 003 FAQ: "np.copy() creates an array with the same shape, dtype, and memory layout as the
# original". Shape and dtype yes; memory layout only in part: np.copy (order='K') keeps the
# F order of a transposed array but makes a strided slice contiguous. Also surprising: the
# ndarray.copy METHOD defaults to order='C', unlike np.copy, so t.copy() is C-contiguous.
import numpy as np
x = np.arange(6, dtype=np.int32).reshape(2, 3)
t = x.T
c1 = np.copy(t)
c2 = t.copy()
c1.strides
c2.strides
s = x[:, ::2]
c3 = np.copy(s)
s.strides
c3.strides
c3.dtype
