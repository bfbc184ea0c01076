# creation: np.ascontiguousarray returns the input itself when it is already C-contiguous, and a
# C-ordered copy (base None) for a transpose or a stepped slice.
import numpy as np
m = np.arange(6).reshape(2, 3)
a = np.ascontiguousarray(m)
a is m
t = m.T
b = np.ascontiguousarray(t)
b is t
b.strides
b.base is None
s = m[:, ::2]
c = np.ascontiguousarray(s)
np.shares_memory(c, m)
c.strides
