# ravel_flatten: reversed arrays always ravel to copies, even with order='K'; K keeps index order
# along a reversed axis (it does not flip it back to memory order).
import numpy as np
a = np.arange(6)
r = a[::-1]
k = r.ravel(order='K')
np.shares_memory(k, a)
k
m = a.reshape(2, 3).T[::-1]
m.strides
mk = m.ravel(order='K')
mk
mc = m.ravel()
mc
