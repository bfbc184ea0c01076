# reshape: the transpose of a C array reshaped in C order to merge axes needs a copy; with
# order='F' it is a view (the transpose is F-contiguous).
import numpy as np
m = np.arange(12).reshape(3, 4)
t = m.T
c = t.reshape(2, 6)
np.shares_memory(c, m)
c
f = t.reshape(12, order='F')
np.shares_memory(f, m)
f.base is m.base
f
