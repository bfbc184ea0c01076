# Known divergence (both NumPys; listed in both expectation files). np.add.at with an int32 index array that
# shares the destination's memory: NumPy works on a WRITEBACKIFCOPY copy for index arrays that are not intp too,
# and refuses a read-only destination (ValueError); the engine copies only int64 index arrays and writes.
import numpy as np
b = np.arange(5, dtype=np.int32)
b.flags.writeable = False
np.add.at(b, b[:2], 1)
