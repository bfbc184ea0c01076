# ravel_flatten: on a C-contiguous 2-D array ravel with order C, A, K is a view (base = owner),
# order F is a copy in column-major order.
import numpy as np
a = np.arange(12)
m = a.reshape(3, 4)
c = m.ravel()
f = m.ravel(order='F')
x = m.ravel(order='A')
k = m.ravel(order='K')
c.base is a
f.base is None
x.base is a
k.base is a
f
