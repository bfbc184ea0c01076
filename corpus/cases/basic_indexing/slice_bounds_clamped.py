# basic_indexing: out-of-range slice bounds are clamped, never an error; an empty slice is still a
# view with the parent's stride.
import numpy as np
a = np.arange(6)
b = a[-100:100]
c = a[100:]
d = a[4:1]
e = a[-2:-100:-2]
f = a[:-100:-1]
b.base is a
c.shape
c.strides
d.base is a
e.strides
f
