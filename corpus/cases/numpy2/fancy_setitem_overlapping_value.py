# Advanced-index assignment whose value overlaps the destination: a[[1, 2, 3]] = a[:3]. NumPy 2 copies the
# value first when it may share memory with the destination, so the result is as if the old a[:3] were stored
# (a shift); NumPy 1.24 read the value while writing, so each write fed the next read. The permutation
# c[[3, 2, 1]] = c[1:4] shows it too. A boolean-mask assignment from an overlapping slice, slice assignment
# (d[1:4] = d[:3], which copies overlapping data in both) and += with fancy indices agree in both.
import numpy as np
a = np.arange(5)
a[[1, 2, 3]] = a[:3]
c = np.arange(5)
c[[3, 2, 1]] = c[1:4]
m = np.arange(6)
m[m > 1] = m[:4]
d = np.arange(6)
d[1:4] = d[:3]
e = np.arange(5)
e[[1, 2, 3]] += e[:3]
