# np.partition partitions a copy in order K (an F-ordered or transposed array keeps its layout), or the flattened
# array for axis=None; kth may be negative (counted from the end) or a list, which NumPy sorts first; a kth outside
# the axis is ValueError (unless the array is empty), a float kth TypeError, a 2-D kth ValueError.
import numpy as np
f = np.asfortranarray((np.arange(20, dtype=np.int8).reshape(4, 5) * 7) % 13)
c = np.partition(f, 1, axis=0)
t = np.partition(f.T, -2)
n = np.partition(f, [3, 0, 11], axis=None)
x = np.partition(np.arange(10, dtype=np.int64)[::-1], [7, 2])
np.partition(f, 5, axis=0)
np.partition(f, 1.5)
np.partition(f, [[1]])
e = np.partition(np.zeros((0, 3), dtype=np.int8), 7, axis=0)
np.partition(f, 1, axis=2)
