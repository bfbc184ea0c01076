# A copy of a transposed array large enough for the engine's blocked transpose (tiles of 32 x 32, with a
# partial tile at the edges): values, strides and ownership must be NumPy's, whatever the walk.
import numpy as np
a = np.arange(70 * 45, dtype=np.int32).reshape(70, 45)
b = a.T.copy()
b.strides
b.flags.c_contiguous
c = np.ascontiguousarray(a.T[::2])
c.strides
d = a.T.copy(order='F')
d.flags.f_contiguous
np.shares_memory(b, a)
