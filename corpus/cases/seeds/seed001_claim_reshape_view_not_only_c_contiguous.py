# Seed 001 FAQ: "When does reshape return a view? When possible (C-contiguous memory), but not
# guaranteed." Partly wrong: a view does not need C-contiguous memory. NumPy also returns a view
# for non-contiguous inputs whose strides allow it (a column slice x[:, ::2] flattened, a split
# axis), and a C-contiguous input reshaped with order='F' to a different 2-D shape is copied.
import numpy as np
x = np.arange(12).reshape(3, 4)
y = x[:, ::2]
y.flags.c_contiguous
r = y.reshape(6)
np.shares_memory(r, x)
r.strides
s = y.reshape(3, 1, 2)
np.shares_memory(s, x)
f = x.reshape(4, 3, order='F')
np.shares_memory(f, x)
