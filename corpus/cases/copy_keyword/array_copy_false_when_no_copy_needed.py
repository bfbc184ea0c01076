# The copy keyword of np.array: copy=False returns the input itself when nothing must change, under both
# NumPy 1.24 (where it means "copy if needed") and NumPy 2 (where it means "never copy").
import numpy as np
a = np.arange(6).reshape(2, 3)
b = np.array(a, copy=False)
b is a
c = np.array(a, copy=False, dtype=np.int64)
c is a
d = np.array(a, copy=True)
d.base is None
np.shares_memory(a, d)
