# numpy: >=2
# take_put: NumPy 2's take_along_axis defaults to the last axis and, with axis=None, gathers from the
# raveled array; put_along_axis with axis=None writes through np.array(arr.flat), a view of a C-contiguous
# arr (a non-contiguous one gives a read-only copy: ValueError), after checking its index.
import numpy as np
a = np.arange(6).reshape(2, 3)
t = np.take_along_axis(a, np.array([[2], [0]]))
f = np.take_along_axis(a, np.array([5, 0, 5]), axis=None)
np.put_along_axis(a, np.array([0, 5]), 9, axis=None)
# expect: IndexError
np.put_along_axis(a, np.array([0, 6]), 9, axis=None)
# expect: ValueError
np.take_along_axis(a, np.array([[0]]), axis=None)
t = a.T
# expect: ValueError
np.put_along_axis(t, np.array([0]), 1, axis=None)
# expect: ValueError
np.put_along_axis(t, np.array([7]), 1, axis=None)
