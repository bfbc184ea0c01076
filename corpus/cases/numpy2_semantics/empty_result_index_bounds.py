# An advanced index that selects nothing: NumPy 2 still bounds-checks it (IndexError) unless the broadcast
# index itself is empty; NumPy 1.24 only warned and returned an empty array.
import numpy as np
z = np.zeros((0, 3))
a = z[:, [5]]
b = z[:, []]
w = np.zeros((2, 0))
c = w[[1, 5]]
d = w[[]]
z[:, [7]] = 1.0
