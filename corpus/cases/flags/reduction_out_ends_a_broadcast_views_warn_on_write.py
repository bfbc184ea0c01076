# flags: a reduction into out= checks out's writeability in its iterator, which ends np.broadcast_arrays'
# warn-on-write mark of out and its bases (under NumPy 1.24 as_strided of a marked array is read-only), before the
# iterator checks out's shape: a shape that then fails has ended the mark too; a wrong number of dimensions is
# refused before the iterator and leaves it. Found by a probe after the property test's take finding (NumPy 1.24,
# seed 1839).
import numpy as np
from numpy.lib.stride_tricks import as_strided
m = np.arange(4).reshape(2, 2)
x = np.broadcast_arrays(np.arange(6), 1)[0]
o = x[::2][:2]
r = np.sum(m, axis=0, out=o)
a = as_strided(o)
b = as_strided(x)
y = np.broadcast_arrays(np.arange(6), 1)[0]
wrong_shape = y[:3]
# expect: ValueError
np.max(m, axis=0, out=wrong_shape)
c = as_strided(wrong_shape)
z = np.broadcast_arrays(np.arange(6), 1)[0]
wrong_ndim = z[:2].reshape(1, 2)
# expect: ValueError
np.add.reduce(m, axis=0, out=wrong_ndim)
d = as_strided(wrong_ndim)
