# creation: *_like on an F-contiguous transpose: K and A keep F order, C makes C order, F keeps F.
import numpy as np
m = np.arange(6).reshape(2, 3)
t = m.T
k = np.zeros_like(t)
a = np.zeros_like(t, order='A')
c = np.ones_like(t, order='C')
f = np.full_like(t, 9, order='F')
k.strides
a.strides
c.strides
f.strides
k.base is None
