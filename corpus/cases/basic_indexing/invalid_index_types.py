# basic_indexing: a float index or a string index raises IndexError; NumPy integer scalars are
# valid indices (int8, uint64).
import numpy as np
a = np.arange(5)
a[np.int8(2)]
a[np.uint64(1)]
# expect: IndexError
a[1.0]
# expect: IndexError
a['x']
# expect: IndexError
a[np.float64(1)]
a
