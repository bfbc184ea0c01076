# np.add.at with an index array of any integer type (int32, uint8 here) that shares the destination's memory:
# NumPy works on a WRITEBACKIFCOPY copy of the destination and so refuses a read-only one (ValueError), while a
# read-only destination with an index elsewhere is written (NumPy checks nothing else). Found by the mutation
# helper (the engine copied only for int64 index arrays).
import numpy as np
b = np.arange(5, dtype=np.int32)
b.flags.writeable = False
np.add.at(b, b[:2], 1)
c = np.arange(5, dtype=np.uint8)
c.flags.writeable = False
np.add.at(c, c[1:3], 1)
np.add.at(c, np.array([0, 4], dtype=np.uint8), 1)
d = np.arange(6, dtype=np.int16)
np.add.at(d, d[:4], 10)
