# take_along_axis with an index that broadcasts along the other axes makes a fresh copy (never a view, even of
# a contiguous run); put_along_axis writes through a transposed view into its base, with repeated positions
# keeping the last value and a broadcast value.
import numpy as np
a = np.arange(12).reshape(3, 4)
i = np.array([[3, 0]])
t = np.take_along_axis(a, i, axis=1)
np.shares_memory(t, a)
u = np.take_along_axis(a.T, np.array([[0], [2], [1], [0]]), axis=1)
v = a.T
np.put_along_axis(v, np.array([[1, 1]]), [[-5, -6]], axis=1)
np.put_along_axis(a, np.array([[0], [1], [2]]), 99, axis=1)
