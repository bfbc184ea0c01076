# take_put: np.take_along_axis is arr[fancy index] (a fresh copy in advanced indexing's layout);
# np.put_along_axis writes through the same index into arr, also with an index array that is a view of
# arr itself (values kept in bounds: NumPy 1.24 reads such an index as it writes); non-integer indices are
# IndexError, a dimension mismatch ValueError.
import numpy as np
a = np.array([[10, 30, 20], [60, 40, 50]])
i = np.array([[2, 0], [1, 1]])
t = np.take_along_axis(a, i, axis=1)
t0 = np.take_along_axis(a.T, i.T[:1], axis=0)
np.put_along_axis(a, i, 99, axis=1)
s = np.array([[1, 0], [0, 1]])
np.put_along_axis(s, s, s[::-1], axis=1)
# expect: IndexError
np.take_along_axis(a, i.astype(float), axis=1)
# expect: ValueError
np.take_along_axis(a, np.array([0, 1]), axis=1)
# expect: AxisError
np.put_along_axis(a, i, 0, axis=2)
