# zeros_like/ones_like/empty_like/full_like take subok=: with plain ndarrays it changes nothing; the result
# layout still follows order= (K keeps a transposed input's stride order) and shape= replaces the shape.
import numpy as np
a = np.arange(6.0).reshape(2, 3).T
b = np.zeros_like(a, subok=False)
c = np.ones_like(a, subok=True, order='K')
d = np.full_like(a, 7, subok=False, shape=(3,))
e = np.empty_like(a, subok=False, order='C', dtype=np.int8)
c.base is None
