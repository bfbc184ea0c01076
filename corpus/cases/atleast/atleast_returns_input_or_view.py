# np.atleast_1d/2d/3d of an array that already has enough dimensions returns that same object; otherwise a
# view: a 0-d array reshaped, a 1-d or 2-d one indexed with np.newaxis (new axes of stride 0).
import numpy as np
a = np.arange(6).reshape(2, 3)
b = np.atleast_2d(a)
b is a
c = np.atleast_1d(a)
c is a
d = np.atleast_3d(a)
d.shape
d.strides
d.base is a
e = np.atleast_2d(a[0])
e.strides
e.base is a
