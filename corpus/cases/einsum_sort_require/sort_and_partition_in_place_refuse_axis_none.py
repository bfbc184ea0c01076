# sort: a.sort and a.partition take their axis as a C int, so axis=None is a TypeError ("'NoneType' object cannot
# be interpreted as an integer"), parsed with the arguments: before partition looks at kth, even an invalid one.
# np.sort and np.partition take axis=None (flattening). The engine's adapter made up a ValueError for a.sort and
# read None as -1 for a.partition (found by a survey of the adapter, not by a test).
import numpy as np
a = np.array([[3, 1], [2, 0]])
a.sort(axis=None)
a.partition(1, axis=None)
a.partition(7.5, axis=None)
b = np.sort(a, axis=None)
c = np.partition(a, 1, axis=None)
