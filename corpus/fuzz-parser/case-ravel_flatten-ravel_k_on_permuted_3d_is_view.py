# ravel_flatten: order='K' follows memory order: a (2, 3, 4) array permuted by transpose(1, 0, 2)
# ravels to a view with K, but to copies with C, F and A.
import numpy as np
x = np.arange(24).reshape(2, 3, 4)
p = x.transpose(1, 0, 2)
k = p.ravel(order='K')
c = p.ravel(order='C')
a = p.ravel(order='A')
np.shares_memory(k, x)
np.shares_memory(c, x)
np.shares_memory(a, x)
k
c
