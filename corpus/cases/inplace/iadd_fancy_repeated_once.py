# inplace: a[[0, 0, 1]] += 1 adds once per distinct index (buffered gather/scatter), and
# a[mask] *= 2 doubles the masked elements; a remains the same object.
import numpy as np
a = np.arange(5)
b = a
a[[0, 0, 1]] += 1
a
a[a > 2] *= 2
a
a[[4, 4, 4]] -= 1
a
b is a
