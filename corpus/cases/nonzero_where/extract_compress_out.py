# nonzero_where: np.extract and np.compress copy (base None); compress(out=o) writes o and returns o
# itself; a true position past the axis is IndexError, a condition that is not 1-D ValueError.
import numpy as np
a = np.arange(12).reshape(3, 4)
e = np.extract(a > 6, a)
c = np.compress([True, False, True], a, axis=0)
o = np.zeros((3, 2), dtype=np.int64)
r = a.compress([0, 1, 1], axis=1, out=o)
r is o
f = np.compress([1, 0, 1], a.T)
# expect: IndexError
np.compress([0, 0, 0, 1], a, axis=0)
# expect: ValueError
np.compress([[1]], a)
# expect: IndexError
np.extract([1, 0, 0, 0, 0, 1], np.arange(4))
