# numpy: >=2
# reshape(copy=None) is the same as reshape without the keyword: a view of a when the strides allow, else a
# copy (returned as a view of an unnamed new buffer). Each line pairs the keyword spelling with the
# keyword-less one, so their base, strides and sharing can be compared.
import numpy as np
a = np.arange(12).reshape(3, 4).copy()
b = a.reshape(4, 3, copy=None)
b0 = a.reshape(4, 3)
b.base is a
c = a.T.reshape(12, copy=None)
c0 = a.T.reshape(12)
c.flags.owndata
np.shares_memory(a, c)
d = np.reshape(a[:, 1:3], (6,), copy=None)
d0 = np.reshape(a[:, 1:3], (6,))
e = np.reshape(a[:, :1], (3,), copy=None)
e.base is a
e.strides
