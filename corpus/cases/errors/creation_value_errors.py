# errors: creation with negative dimensions, a bad order string or a ragged nested list raises
# ValueError; a non-numeric string fill into int64 is ValueError.
import numpy as np
a = np.zeros(2)
# expect: ValueError
b = np.zeros(-1)
# expect: ValueError
c = np.empty((2, -3))
# expect: ValueError
d = np.zeros((2, 3), order='X')
# expect: ValueError
e = np.array([[1, 2], [3]])
# expect: ValueError
f = np.full((2,), 'x', dtype=np.int64)
a
