# np.fliplr and np.flipud are negative-stride views (base: the owner), also of transposed and sliced inputs;
# writes through them land in the owner; fliplr of a 1-d array is a ValueError.
import numpy as np
a = np.arange(12).reshape(3, 4)
l = np.fliplr(a.T)
u = np.flipud(a[:, 1:3])
u[0, 0] = -1
l[0, 0] = -2
np.fliplr(np.arange(3))
f = np.flipud(np.fliplr(a))
f.base is a
