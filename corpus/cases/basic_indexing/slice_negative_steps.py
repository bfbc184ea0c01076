# basic_indexing: negative steps give negative strides; the view starts at the last selected
# element, and writes through it land in reverse order.
import numpy as np
a = np.arange(10)
r = a[::-1]
s = a[8:2:-3]
t = a[10:0:-3]
r.strides
s.strides
s
t
s[:] = [-1, -2]
a
