# stride_tricks: broadcast views of a read-only input stay read-only; shapes that do not broadcast are
# ValueError; scalars and lists become fresh arrays first.
import numpy as np
ro = np.arange(3)
ro.flags.writeable = False
b = np.broadcast_arrays(ro, np.zeros((2, 1)))
b[0].flags.writeable
# expect: ValueError
b[0][0, 0] = 1
# expect: ValueError
np.broadcast_arrays(np.arange(3), np.arange(4))
s = np.broadcast_arrays(5, [1, 2])
