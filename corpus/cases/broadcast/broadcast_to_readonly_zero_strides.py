# broadcast: broadcast_to returns a read-only view with stride 0 along broadcast axes; it shares
# memory with the source, and its rows share memory with each other.
import numpy as np
a = np.arange(3)
h = np.broadcast_to(a, (2, 3))
h.strides
h.flags.writeable
h.flags.c_contiguous
h.flags.owndata
h.base is a
np.shares_memory(h, a)
np.shares_memory(h[0], h[1])
# expect: ValueError
h[0, 0] = 7
a
