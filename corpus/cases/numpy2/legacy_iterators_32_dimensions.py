# numpy: >=2
# NumPy 2 raised NPY_MAXDIMS to 64 but left its old iterators at 32 dimensions: np.choose and
# np.broadcast_arrays (multi-iterators), a.sort along an axis with more than one element, and np.fill_diagonal
# (a.flat) raise RuntimeError on 33 dimensions, before any other check of theirs that comes later; a sort
# with nothing to sort returns before making its iterator. The arrays stay untouched.
import numpy as np
a = np.zeros((2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1))
b = np.ones((1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1))
c = np.choose([0, 1], [a, a[::-1]], out=a)
d = np.choose(np.zeros((1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1), dtype=np.intp), [a])
e = np.broadcast_arrays(b)
a.sort(axis=0)
a.sort()
np.fill_diagonal(b, 5)
b.flags.writeable = False
b.sort(axis=0)
np.fill_diagonal(b, 5)
