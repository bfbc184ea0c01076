# creation: empty_like keeps shape, dtype and (order='K') the layout of its input, shares nothing
# with it; after a full write with [...] = its values are defined.
import numpy as np
m = np.arange(6, dtype=np.uint32).reshape(2, 3)
t = m.T
e = np.empty_like(t)
e.strides
e.dtype
np.shares_memory(e, m)
e[...] = t
e
c = np.empty_like(m, dtype=np.uint64, order='F')
c.strides
c.fill(1)
c
