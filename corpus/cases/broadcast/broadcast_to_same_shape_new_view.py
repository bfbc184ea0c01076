# broadcast: broadcast_to to the array's own shape is a new read-only view, still contiguous.
import numpy as np
a = np.arange(3)
d = np.broadcast_to(a, (3,))
d is a
d.base is a
d.flags.writeable
d.flags.c_contiguous
a.flags.writeable
