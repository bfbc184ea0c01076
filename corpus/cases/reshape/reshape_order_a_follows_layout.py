# reshape: order='A' reads an F-contiguous array in F order (a view), order='C' copies it;
# order='K' is not allowed for reshape (ValueError).
import numpy as np
f = np.asfortranarray(np.arange(12).reshape(3, 4))
a = f.reshape(2, 6, order='A')
c = f.reshape(2, 6)
np.shares_memory(a, f)
np.shares_memory(c, f)
a.strides
# expect: ValueError
f.reshape(2, 6, order='K')
