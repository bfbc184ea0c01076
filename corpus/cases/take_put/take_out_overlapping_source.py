# take_put: np.take(out=o) writes into o and returns o itself, even when o overlaps the source (the
# result is computed from the source as it was); a raise-mode error leaves o untouched.
import numpy as np
b = np.arange(6)
o = b[:3]
r = np.take(b, [5, 4, 3], out=o)
r is o
b2 = np.arange(6)
# expect: IndexError
np.take(b2, [5, 60, 0], out=b2[:3])
f = np.zeros(4)[::2]
r2 = np.arange(10.0).take([1, 8], out=f)
f.base is r2.base
z = np.take(np.arange(4), 2, out=np.zeros((), dtype=np.int64))
