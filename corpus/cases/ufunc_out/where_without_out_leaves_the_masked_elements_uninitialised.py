# ufunc_out: a ufunc with where= and no out= allocates its result uninitialised and writes only where the mask is
# True, so the other elements are whatever the allocator left (docs/uninitialised-memory.md: such a result is not
# compared by value, its layout is). With out=, or where=True, every element is known.
import numpy as np
a = np.arange(6, dtype=np.float64).reshape(2, 3)
m = np.array([True, False, True])
r = np.add(a, 1, where=m)
s = np.less(a.T, 3, where=m[:2])
t = np.negative(a[:, ::-1], where=a > 2)
u = r.strides
r[...] = 7
o = np.zeros((2, 3))
v = np.add(a, 1, out=o, where=m)
w = np.add(a, 1, where=True)
x = np.multiply(a, 2, o, where=m)
