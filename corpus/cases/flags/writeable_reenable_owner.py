# flags: an owning array can be toggled read-only and back; a view taken while read-only keeps its
# own read-only flag after the owner becomes writeable again.
import numpy as np
a = np.zeros(3, dtype=np.uint8)
a.flags.writeable = False
v = a[:2]
a.flags.writeable = True
a[0] = 9
v
v.flags.writeable
a.flags.writeable
