# take_put: an integer mode outside 0..2. NumPy 1.24 raises ValueError at once. NumPy 2's converter sets the
# ValueError but reports success, leaving the mode at raise: the operation runs, an out-of-bounds position raises
# IndexError (replacing it), and the pending error surfaces at the end: as the ValueError where the method returns
# through PyArray_Return (take without out=, choose), as a SystemError where it returns its result with the error
# set: take with out= and put, whose writes stay. A number beyond a C int is TypeError in both.
import numpy as np
a = np.arange(5) * 10
o = np.zeros(2, dtype=np.int64)
b = np.take(a, [1, 2], mode=3)
b = np.take(a, [7, 2], mode=3)
b = a.take(4, mode=-1)
b = np.take(a.reshape(5, 1), [1, 2], axis=0, mode=3)
b = np.take(a[:0], [0], mode=3)
b = a.take([1, 2], mode=3, out=o)
b = np.take(a, [3, -2], mode=3, out=o[::-1])
b = np.take(a, [1, 9], mode=3, out=o)
b = np.take(a, [1, 2], mode=3, out=a[3:])
b = np.take(a, [1, 2], mode=np.int8(5))
b = np.take(a, [1, 2], mode=2 ** 31)
a.put([1, 2], np.array([5, 6]), mode=3)
np.put(a, [3, 7], np.array([7, 8]), mode=3)
np.put(a, [0, 1, 2], np.array([11, 12]), mode=-4)
np.put(a, [], [], mode=3)
np.put(a[::2], [1, 2], a[3:], mode=3)
np.put(a[:0], [1], np.array([5]), mode=3)
b = np.choose([0, 1], [a[:2], a[2:4]], mode=3)
b = np.choose([0, 1], [a[:2], a[2:4]], mode=3, out=o)
