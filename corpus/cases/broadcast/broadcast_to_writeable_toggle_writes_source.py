# broadcast: in NumPy 1.24 the read-only flag of a broadcast_to result CAN be set back to True
# (its base is writeable); a write through the zero-stride view then changes the source element.
import numpy as np
src = np.arange(3)
b = np.broadcast_to(src, (2, 3))
b.flags.writeable = True
b.flags.writeable
b[1, 0] = 7
src
b
