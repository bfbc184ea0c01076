# NumPy's map iterator checks that the destination is writeable only when it iterates a subspace of other than
# one element (each position selecting a block, or an empty one). Positions that each select a single element
# are written straight through, even into a read-only array: np.add.at(read_only, [0], 1) changes it, and
# pure integer-array positions into np.broadcast_to's read-only view land on the shared element.
import numpy as np
a = np.arange(5.0)
a.flags.writeable = False
np.add.at(a, [0, 0], 1)
np.add.at(a, 2, 10)
np.add.at(a, a > 3, 100)
np.add.at(a, slice(0, 2), 1)
m = np.zeros((3, 2))
m.flags.writeable = False
np.add.at(m, ([0, 1], [1, 1]), 5)
np.add.at(m, [0], 5)
s = np.arange(3.0)
v = np.broadcast_to(s, (2, 3))
np.add.at(v, ([0, 1], [0, 0]), 1)
np.add.at(v, [0, 1], 1)
np.add.at(v, (slice(None), 0), 1)
