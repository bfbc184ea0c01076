# basic_indexing: a slice step of 0 raises ValueError (not IndexError), also in setitem.
import numpy as np
a = np.arange(5)
# expect: ValueError
b = a[::0]
# expect: ValueError
a[1:3:0] = 7
a
