# accumulate: NumPy 1.24 checks a read-only out= only through the outer iterator it builds, which an unaligned
# input or an unaligned out alone is enough to call for (ValueError, nothing written); NumPy 2 refuses a read-only
# out always.
import numpy as np
b = np.zeros(17, dtype=np.uint8)[1:].view(np.int64)
o = np.zeros(2, dtype=np.int64)
o.flags.writeable = False
np.cumsum(b, out=o)
u = np.ones(17, dtype=np.uint8)[1:].view(np.int64)
u.flags.writeable = False
np.cumsum(np.arange(2), out=u)
