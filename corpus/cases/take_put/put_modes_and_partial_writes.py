# take_put: a.put writes flat C-order positions with cyclic values (last write wins); a raise-mode
# IndexError keeps the writes before it when NumPy wrote straight into a C-contiguous array, and none
# when it wrote into a copy (a strided array); wrap and clip resolve out-of-range positions.
import numpy as np
a = np.arange(6)
a.put([0, 0, 5], [7, 8])
# expect: IndexError
a.put([1, 10, 2], 9)
s = np.arange(6)[::2]
# expect: IndexError
np.put(s, [0, 10, 1], [9, 8, 7])
m = np.arange(6).reshape(2, 3).T
m.put([-1, 7], [1, 2], mode='wrap')
m.put([-1, 7], [3, 4], mode='clip')
ro = np.arange(3)
ro.flags.writeable = False
# expect: ValueError
ro.put([0], 1)
# expect: TypeError
np.put([1, 2], [0], 5)
