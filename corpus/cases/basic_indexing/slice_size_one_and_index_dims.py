# basic_indexing: m[1:2, 1] keeps a length-1 axis (a view), m[1, 1:2] too; their strides differ.
import numpy as np
m = np.arange(12).reshape(3, 4)
a = m[1:2, 1]
b = m[1, 1:2]
c = m[1:2, 1:2]
a.strides
b.strides
c.strides
a.flags.owndata
c.flags.c_contiguous
