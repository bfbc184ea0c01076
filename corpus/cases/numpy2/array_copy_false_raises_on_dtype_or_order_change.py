# np.array(x, copy=False) with a dtype or order x does not have: both need a new buffer. NumPy 1.24 made it
# quietly (copy=False meant "only if needed"); NumPy 2 raises ValueError and binds nothing. A dtype that only
# spells x's dtype differently (int for int64), an order x already has ('F' of a transpose, either order of a
# single row, 'K', 'A') needs no copy and gives back x or a view of the same base in both.
import numpy as np
a = np.arange(6, dtype=np.int64).reshape(2, 3).copy()
b = np.array(a, copy=False, dtype=np.float64)
c = np.array(a[::2], copy=False, dtype=np.uint8)
d = np.array(a, copy=False, dtype=int)
d is a
e = np.array(a, copy=False, order='F')
f = np.array(a.T, copy=False, order='C')
g = np.array(a.T, copy=False, order='F')
g.base is a
h = np.array(a[:1], copy=False, order='F')
h.flags.f_contiguous
k = np.array(a.T, copy=False, order='K')
k.base is a
m = np.array(a[:, ::2], copy=False, order='A')
m.base is a
