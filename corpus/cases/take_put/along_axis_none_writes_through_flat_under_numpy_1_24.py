# numpy: <2
# take_put: NumPy 1.24's put_along_axis(axis=None) is arr.flat[indices] = values: it writes into arr itself
# whatever its layout (a transposed or reversed view is written at its own elements in C order: no copy, no
# ValueError as in NumPy 2), values cast unsafely and repeated, negative positions counted from the end, a
# value overlapping arr read as it is written. The index is checked first (integer dtype: IndexError; one
# dimension: ValueError), then arr's writeability (ValueError); a position out of bounds is an IndexError
# that leaves the earlier writes in place. take_along_axis(axis=None) reads arr.flat: a fresh copy.
import numpy as np
a = np.arange(6).reshape(2, 3)
np.put_along_axis(a, np.array([0, 5]), 9, axis=None)
t = a.T
np.put_along_axis(t, np.array([0, -1, 1]), np.array([7.9, -2.5]), axis=None)
f = np.take_along_axis(t, np.array([5, 0, 5]), axis=None)
np.put_along_axis(t[::-1], np.array([2, 2]), np.array([40, 41]), axis=None)
# expect: IndexError
np.put_along_axis(a, np.array([1, 6]), 8, axis=None)
b = np.arange(6)
np.put_along_axis(b, np.array([1, 2, 3]), b[::-1], axis=None)
r = a[:]
r.flags.writeable = False
# expect: ValueError
np.put_along_axis(r, np.array([[0]]), 1, axis=None)
# expect: IndexError
np.put_along_axis(r, np.array([0.0]), 1, axis=None)
# expect: ValueError
np.put_along_axis(r, np.array([0]), 1, axis=None)
# expect: AttributeError
np.put_along_axis([1, 2], np.array([0]), 1, axis=None)
