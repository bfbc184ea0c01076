# setitem: a[a] = v with a 1-D int64 index that is the destination itself; NumPy 1.24 reads such an index as
# it writes (earlier writes change later positions), NumPy 2 copies an overlapping index first.
import numpy as np
a = np.array([1, 2, 3, 4, 0])
a[a] = np.array([0, 0, 0, 0, 0])
c = np.array([3, 0, 1, 2, 5, 4])
c[c[::2]] = np.array([-1, -2, -3])
