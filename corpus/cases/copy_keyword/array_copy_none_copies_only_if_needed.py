# numpy: >=2
# copy=None (NumPy 2) is "copy only if needed", what copy=False meant before: the same object back when
# nothing must change, a fresh array otherwise, never an error.
import numpy as np
a = np.arange(6).reshape(2, 3)
b = np.array(a, copy=None)
b is a
c = np.array(a, copy=None, dtype=np.int32)
c.base is None
np.shares_memory(a, c)
d = np.array(a.T, copy=None, order='C')
d.flags.c_contiguous
d.base is None
