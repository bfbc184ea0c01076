# slice_objects: a tuple of slice objects and index arrays is an advanced index (a copy whose layout
# follows where the arrays sit); a slice of the array being written, used inside the index, works too.
import numpy as np
a = np.arange(12).reshape(3, 4)
key = (slice(None, 2), [3, 0])
c = a[key]
d = a[[2, 0], slice(1, 3)]
a[key] = a[1:3, :2]
r = a[slice(None), np.array([True, False, True, False])]
np.shares_memory(c, a)
