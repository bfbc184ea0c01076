# reshape: size-1 axes added by reshape get strides computed by NumPy's no-copy algorithm.
import numpy as np
a = np.arange(12)
b = a.reshape(1, 12, 1)
b.strides
m = a.reshape(3, 4)
c = m.T.reshape(4, 1, 3)
c.strides
np.shares_memory(c, a)
d = m[:, ::2].reshape(3, 2, 1)
d.strides
