# Seed 002 claim: "Advanced indexing ... always creates copies" and y "is a copy, as signified
# by the base attribute". The result is always a copy (never shares memory with x), but base is
# NOT always None: when the indexed axis is not the first one, NumPy builds the result in a
# temporary and returns a transposed view of it, so y.base is an (unnamed) array.
import numpy as np
x = np.arange(24).reshape(2, 3, 4)
y = x[:, [0, 1]]
y.base is None
y.flags.owndata
np.shares_memory(y, x)
y.strides
w = x[[0, 1]]
w.base is None
