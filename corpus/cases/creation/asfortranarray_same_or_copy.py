# creation: np.asfortranarray keeps an F-contiguous array (a transpose of a C array) as the same
# object and copies a C-contiguous 2-D one; a 1-D contiguous array is both C and F, kept as is.
import numpy as np
m = np.arange(6).reshape(2, 3)
f = np.asfortranarray(m)
f is m
f.strides
t = m.T
g = np.asfortranarray(t)
g is t
v = np.arange(4)
w = np.asfortranarray(v)
w is v
