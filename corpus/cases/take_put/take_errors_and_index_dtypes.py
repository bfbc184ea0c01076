# take_put: np.take's out must match the result's shape (ValueError), be writeable (ValueError) and cast
# safely to the source's dtype (TypeError); float index arrays are TypeError, bool ones are positions,
# uint64 ones depend on the NumPy version's casting rule; an unknown mode is ValueError.
import numpy as np
a = np.arange(10.0)
# expect: ValueError
np.take(a, [1, 2], out=np.zeros(3))
ro = np.zeros(2)
ro.flags.writeable = False
# expect: ValueError
np.take(a, [1, 2], out=ro)
# expect: TypeError
np.take(np.arange(5), [1, 2], out=np.zeros(2))
ok = np.take(a, [1, 2], out=np.zeros(2, dtype=np.int64))
# expect: TypeError
np.take(a, np.array([1.0]))
b = np.take(a, np.array([True, False]))
u = np.take(a, np.array([3], dtype=np.uint64))
# expect: ValueError
np.take(a, [1], mode='nope')
