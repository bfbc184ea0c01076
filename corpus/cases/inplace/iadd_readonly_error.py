# inplace: in-place arithmetic on a read-only array (or a broadcast_to view) is ValueError.
import numpy as np
a = np.arange(3)
a.flags.writeable = False
# expect: ValueError
a += 1
a
h = np.broadcast_to(np.arange(3), (2, 3))
# expect: ValueError
h *= 2
h
