# Sorting a 3-d array along its first axis sorts every lane of the other two axes (each lane on its own, in
# place, also through a transposed view); a lane skipped or sorted twice shows in the values. Kills a mutant of
# the lane odometer (sort.hpp), which no 3-d sort along a leading axis reached.
import numpy as np
a = np.array([[[5, 1, 4], [2, 8, 0]], [[3, 9, 7], [6, 2, 1]], [[0, 4, 8], [9, 5, 3]]])
a.sort(axis=0)
b = np.sort(a.transpose(2, 0, 1) * -1, axis=1)
c = np.arange(24)[::-1].reshape(2, 3, 4) % 7
c.T.sort(axis=0)
