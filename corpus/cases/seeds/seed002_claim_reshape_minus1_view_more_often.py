# Seed 002 claim: "to guarantee a view in most cases, x.reshape(-1) may be preferable" (to ravel).
# Correct: for a strided 1-D array or a column-strided 2-D array reshape(-1) is a view (one
# uniform stride) whereas ravel() copies because the input is not C-contiguous.
import numpy as np
a = np.arange(12)
s = a[::2]
r1 = s.reshape(-1)
r2 = s.ravel()
np.shares_memory(r1, a)
np.shares_memory(r2, a)
r1.strides
m = a.reshape(3, 4)[:, ::2]
r3 = m.reshape(-1)
r4 = m.ravel()
np.shares_memory(r3, a)
np.shares_memory(r4, a)
r3.strides
