# nonzero_where: np.ix_ reshapes array arguments into an open mesh of views of them (bool ones become
# their nonzero positions first); indexing with the mesh copies, writing through it writes the array,
# also when the mesh is made of views of the array being written.
import numpy as np
a = np.arange(12).reshape(3, 4)
rows = np.array([0, 2])
mesh = np.ix_(rows, np.array([True, False, True, True]))
mesh[0].base is rows
sub = a[mesh]
own = np.ix_(a[0, :2], a[0, 1:3])
a[own] = 0
l = np.ix_([1, 2], [])
# expect: ValueError
np.ix_(np.zeros((2, 2), dtype=int))
