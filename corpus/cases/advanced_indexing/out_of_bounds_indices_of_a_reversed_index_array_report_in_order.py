# advanced indexing: the IndexError of an index array with several indices out of bounds names the first one in
# the index's own order, also where the index array is a reversed view (its memory runs the other way). Found by
# the mutation helper (index.cpp: the walk order of a one-dimensional int64 index).
import numpy as np
a = np.arange(3)
i = np.array([5, 9, 1])[::-1]
b = a[i]
j = np.array([-7, 8])[::-1]
c = a[j]
a[i] = 0
