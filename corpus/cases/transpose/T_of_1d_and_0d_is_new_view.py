# transpose: .T of a 1-D or 0-d array is a new view object (base = the array), never the same
# object; np.transpose of a 1-D array is a new view too.
import numpy as np
a = np.arange(4)
t = a.T
t is a
t.base is a
z = np.array(3)
zt = z.T
zt is z
zt.base is z
n = np.transpose(a)
n is a
