# nonzero_where: the positions from nonzero index the array they came from (a[a.nonzero()] is a copy,
# a[a.nonzero()] = v writes), and writing into the positions arrays changes what they index.
import numpy as np
a = np.array([[0, 1, 2], [0, 1, 2]])
pos = a.nonzero()
picked = a[pos]
a[pos] = -1
pos[1][0] = 0
again = a[pos]
np.shares_memory(picked, a)
