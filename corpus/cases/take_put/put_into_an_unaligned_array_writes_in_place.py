# take_put: a.put and np.putmask write straight into a C-contiguous array, aligned or not (NumPy copies `a` only
# when it is not C-contiguous or overlaps what it uses), so a put that raises midway keeps the writes before it.
# The values are converted to a C-contiguous, aligned array first: an unaligned value viewing `a` is copied, and
# then overlaps nothing. Found by the property test (NumPy 2, seed 173: an unaligned '>i2' view of a float array).
import numpy as np
buffer = np.zeros(9, dtype=np.uint8)
a = np.ndarray((4,), dtype='<i2', buffer=buffer, offset=1)
a[:] = np.arange(4)
a.put([0, 5], [9, 9])
a[:] = np.arange(4)
a.put([0, 5], a[::-1])
a[:] = np.arange(4)
a.put([3, 0, 2], a)
b_buffer = np.zeros(17, dtype=np.uint8)
b = np.ndarray((4,), dtype='>i4', buffer=b_buffer, offset=1)
b[:] = np.arange(4)
np.putmask(b, [True, False, True, True], b[::-1])
c = np.ndarray((2, 2), dtype='<i2', buffer=buffer, offset=1)
c[:] = 7
c.put([1, 8], [5, 5])
