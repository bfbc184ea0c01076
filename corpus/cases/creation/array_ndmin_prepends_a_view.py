# np.array(a, ndmin=n) makes its array first (a itself when nothing must change and copy allows it, else a copy)
# and then, when that has fewer than n dimensions, returns a view of it with leading length-1 axes: the base
# is the array made (a itself, or the copy), the new axes' strides are NumPy's _prepend_ones choice, and
# writes through the view reach a when no copy was made. ndmin above the dimension limit (32 under NumPy 1.24,
# 64 under 2) is ValueError; ndmin at the limit is allowed.
import numpy as np
a = np.arange(6).reshape(2, 3)[:, ::2]
b = np.array(a, copy=None, ndmin=3)
b[0, 0, 0] = 100
c = np.array(a, ndmin=4)
d = np.array(a, ndmin=1)
e = np.array(np.float64(3), ndmin=2)
f = np.asfortranarray(np.ones((2, 3)))
g = np.array(f, ndmin=4, order='F')
h = np.array(f, ndmin=3, order='C')
i = np.array([[1, 2]], ndmin=-1)
j = np.array(f, copy=None, ndmin=3, order='F')
j[0, 1, 2] = -1
k = np.array([1], ndmin=65)
l = np.array([1], ndmin=33)
m = np.array([1], ndmin=32)
n = np.array(2.5, ndmin=64)
