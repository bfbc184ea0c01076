# A list written into a view of its own shape goes element by element (PyArray_CopyObject), so a Python int
# beyond a C long (OverflowError into any integer but uint32/uint64) raises only when its element is reached: the
# elements before it are written, under both NumPys. In np.array(list, dtype=) nothing is left behind.
import numpy as np
a = np.zeros(3, dtype=np.int8)
# expect: OverflowError
a[0:3] = [1, 2**63, 3]
b = np.zeros(3, dtype=np.uint8)
# expect: OverflowError
b[:] = [5, 2**64 - 1, 7]
c = np.zeros((2, 2), dtype=np.int16)
# expect: OverflowError
c[...] = [[1, 2], [3, 2**63]]
u = np.zeros(2, dtype=np.uint64)
u[:] = [1, 2**64 - 1]
# expect: OverflowError
d = np.array([1, 2**63], dtype=np.int8)
