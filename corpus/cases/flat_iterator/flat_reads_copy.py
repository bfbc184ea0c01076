# a.flat walks the elements in C order whatever the layout; reading through it always copies: an integer gives a
# scalar, a slice, `...`, an integer array or a boolean mask of the array's size give a fresh array (base None,
# C-contiguous), never a view. The iterator is a new object at each access, its .base the array; a name bound to it
# is recorded with the array it walks.
import numpy as np
a = np.arange(12).reshape(3, 4)
it = a.flat
same = it is a.flat
walks = it.base is a
position = it.index
start = it.coords
e = it[5]
last = it[-1]
s = it[2:7]
r = it[::-2]
every = it[...]
whole = it[:]
f = it[[1, 5, 7]]
g = it[np.array([[1, 2], [3, 4]])]
m = it[np.arange(12) % 5 == 0]
t = a.T.flat[2:5]
c = a.T.flat.copy()
z = np.array(7.5).flat[:]
other = it
