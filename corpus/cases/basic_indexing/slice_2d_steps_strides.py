# basic_indexing: 2-D slicing with steps on both axes multiplies strides; offsets do not show in
# strides, only in values.
import numpy as np
m = np.arange(30).reshape(5, 6)
a = m[1::2, ::3]
b = m[::-2, 1:5:2]
c = m[4:0:-2, ::-1]
a.strides
b.strides
c.strides
a
b
c
