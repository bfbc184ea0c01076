# ufunc.at is unbuffered: each selected element is read, computed and written back before the next one, so a
# position named twice is operated on twice (a[idx] += b would add once). The walk is NumPy's map iterator's:
# C order over the index arrays, then the rest of the axes; b broadcasts to that walk (with the index
# dimensions moved as a[idx] moves them).
import numpy as np
a = np.zeros(5)
np.add.at(a, [0, 0, 1, 4, 4, 4], 1)
b = np.arange(6)
np.subtract.at(b, [5, 5, 0], [1, 2, 3])
c = np.ones((3, 4), dtype=np.int16)
np.multiply.at(c, ([0, 0, 2], [1, 1, 3]), 3)
d = np.zeros((2, 3, 4))
np.add.at(d, (slice(None), [0, 0]), np.arange(8).reshape(2, 2, 2) + 1)
e = np.zeros((3, 4), dtype=np.int32)
np.add.at(e, [[0, 1], [1, 1]], np.arange(4))
f = np.arange(12.0).reshape(3, 4)
np.floor_divide.at(f, (slice(None), [3, 3]), [2.0, 3.0])
g = np.arange(10)
np.add.at(g, g > 6, 100)
h = np.zeros(4)
np.add.at(h, slice(1, 3), [1.0, 2.0])
np.add.at(h, 3, 7.5)
i = np.array(2.0)
np.multiply.at(i, (), 4)
j = np.zeros(4, dtype=np.int8)
np.add.at(j, [], 1)
