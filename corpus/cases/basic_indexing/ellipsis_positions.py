# basic_indexing: `...` expands to as many `:` as needed at the front, middle or end; m[...] is a
# new view (not the same object).
import numpy as np
x = np.arange(24).reshape(2, 3, 4)
a = x[..., 1]
b = x[1, ...]
c = x[0, ..., 2]
d = x[...]
a.strides
b.strides
c
d is x
d.base is x.base
