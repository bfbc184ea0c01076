# inplace: += on a name bound to a NumPy scalar rebinds the name to a new scalar (scalars are
# immutable), while += on an array keeps the object.
import numpy as np
a = np.arange(3)
s = a[0]
t = s
s += 1
s
t
a
w = a[0, ...]
w += 5
a
