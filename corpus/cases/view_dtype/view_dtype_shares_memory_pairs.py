# view_dtype: views with a different dtype of the same buffer share memory with it and with each
# other; interleaved byte views do not share with each other.
import numpy as np
a = np.arange(4, dtype=np.int16)
b = a.view(np.uint8)
lo = b[0::2]
hi = b[1::2]
f = a.view(np.uint16)
np.shares_memory(a, b)
np.shares_memory(lo, hi)
np.may_share_memory(lo, hi)
np.shares_memory(f, hi)
hi[:] = 1
a
