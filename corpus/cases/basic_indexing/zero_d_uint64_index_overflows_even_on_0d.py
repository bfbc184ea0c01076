# A 0-d integer array used as an index is converted through a Python int that must fit a C long, before NumPy
# looks at the indexed array: a 0-d uint64 holding 2**64 - 3 is OverflowError for a 1-D array and for a 0-d
# one alike, in reads and in writes (which then leave the array untouched); a 1-D uint64 index array is cast
# instead (its value wraps to a negative position: IndexError).
import numpy as np
v = np.array(-3).astype('uint64')
v[v] = v
b = v[v]
c = np.arange(3)[v]
d = np.arange(3)
d[v] = 7
e = np.arange(3)[np.array([2**63], dtype=np.uint64)]
