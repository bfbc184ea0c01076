# flags: flags of results that are neither plain views nor plain owners: a fancy result with a
# temporary base (owndata False, writeable True), a concatenation (owns), a broadcast view
# (read-only, does not own).
import numpy as np
x = np.arange(24).reshape(2, 3, 4)
y = x[:, [0, 1]]
y.flags.owndata
y.flags.writeable
c = np.concatenate([x, x])
c.flags.owndata
c.flags.c_contiguous
h = np.broadcast_to(x[0], (2, 3, 4))
h.flags.owndata
h.flags.writeable
h.flags.c_contiguous
