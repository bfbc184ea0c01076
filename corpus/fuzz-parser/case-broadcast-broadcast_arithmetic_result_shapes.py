# broadcast: arithmetic between (3, 1) and (4,) arrays broadcasts to (3, 4); the result is a fresh
# C-contiguous owner even if an operand was a broadcast view; incompatible shapes raise ValueError.
import numpy as np
col = np.arange(3).reshape(3, 1)
row = np.arange(4)
s = col + row
s.shape
s.strides
h = np.broadcast_to(row, (3, 4))
p = h * 2
p.strides
p.flags.writeable
# expect: ValueError
np.arange(3) + np.arange(4)
