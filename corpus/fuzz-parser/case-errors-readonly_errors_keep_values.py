# errors: ValueError for every kind of write to read-only arrays (setitem basic/fancy/mask, +=,
# fill, copyto) on a read-only owner and a read-only diagonal; values unchanged.
import numpy as np
m = np.arange(9).reshape(3, 3)
d = m.diagonal()
m.flags.writeable = False
# expect: ValueError
m[0, 0] = 1
# expect: ValueError
m[[0, 1]] = 1
# expect: ValueError
m[m > 4] = 0
# expect: ValueError
m *= 2
# expect: ValueError
d.fill(0)
# expect: ValueError
np.copyto(d, [1, 2, 3])
m
d
