# take_put: a.put with positions or values that are views of the array written: NumPy works on a copy
# then (reads see the old values); values of another dtype are cast unsafely; uint64 or float position
# arrays are TypeError (the safe rule).
import numpy as np
a = np.arange(6)
a.put(a[:2], a[::-1])
b = np.arange(6)
b.put(b[1:3], b)
c = np.arange(4)
c.put([0, 1], np.array([1.7, -2.2]))
# expect: TypeError
c.put(np.array([1], dtype=np.uint64), 5)
# expect: TypeError
c.put(np.array([1.0]), 5)
e = np.zeros(0)
e.put([], 5)
# A strided int64 index array that is a view of the target: NumPy copies it (not contiguous) before any write, so
# the positions are the old ones even where a write lands on an index element.
t = np.array([2, 9, 4, 9, 0, 9])
np.put(t, t[::2], [0, 5, 7])
