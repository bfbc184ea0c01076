# advanced indexing with a reversed view as the index array (its memory runs against its order): NumPy walks the
# index in its own order, so with a position repeated the value written last is the one later in the index, and
# of several indices out of bounds the first in that order is reported. Found by the mutation helper (index.cpp:
# the walk order of a one-dimensional int64 index).
import numpy as np
a = np.arange(3)
i = np.array([5, 9, 1])[::-1]
b = a[i]
j = np.array([-7, 8])[::-1]
c = a[j]
k = np.array([0, 1, 1, 2, 0])[::-1]
v = np.arange(3)
v[k] = np.array([10, 20, 30, 40, 50])
w = v[k]
m = np.arange(12).reshape(4, 3)
m[k[1:]] = np.array([[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]])
