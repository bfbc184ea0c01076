# np.rot90 of a Fortran-ordered array and of a strided view: the result's strides follow from the input's
# (rotation only permutes and negates them), and its flags say whether that layout is still contiguous.
import numpy as np
f = np.asfortranarray(np.arange(6.0).reshape(2, 3))
r = np.rot90(f)
r.strides
r.flags.c_contiguous
r.flags.f_contiguous
s = np.arange(20).reshape(4, 5)[::2, 1::2]
t = np.rot90(s, 3)
t.strides
t.base is s
np.shares_memory(t, s)
c = np.rot90(s).copy()
c.strides
