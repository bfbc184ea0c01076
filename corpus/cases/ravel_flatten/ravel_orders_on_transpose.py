# ravel_flatten: on the F-contiguous transpose, ravel order C copies (owning, base None) while F,
# A and K are views in memory order.
import numpy as np
m = np.arange(12).reshape(3, 4)
t = m.T
c = t.ravel()
f = t.ravel(order='F')
x = t.ravel(order='A')
k = t.ravel(order='K')
c.base is None
c
np.shares_memory(f, m)
np.shares_memory(x, m)
np.shares_memory(k, m)
k
