# An advanced index that selects nothing because another axis is empty: NumPy 2 (2.3 expired the 1.20
# deprecation) still bounds-checks it and raises IndexError, in getitem and setitem; NumPy 1.24 returned an empty
# array (a new (0, 1) array) or assigned nothing. An in-bounds index and an empty index list are fine in both;
# an index into the empty axis itself is IndexError in both.
import numpy as np
z = np.zeros((0, 3))
a = z[:, [5]]
b = z[:, [-4]]
c = z[:, [2]]
d = z[[]]
z[:, [7]] = 1.0
w = np.zeros((2, 0))
e = w[[3]]
f = w[:, [0]]
