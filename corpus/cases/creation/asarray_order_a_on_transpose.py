# creation: np.asarray(t, order='A') keeps an F-contiguous transpose as it is (same object),
# order='C' copies it to C order, order='F' keeps it.
import numpy as np
m = np.arange(6).reshape(2, 3)
t = m.T
a = np.asarray(t, order='A')
c = np.asarray(t, order='C')
f = np.asarray(t, order='F')
a is t
c is t
f is t
c.strides
np.shares_memory(c, m)
