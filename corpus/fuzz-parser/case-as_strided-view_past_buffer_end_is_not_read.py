# as_strided can reach past the end of its buffer: NumPy makes the view without a check. The runner never
# reads such a view's elements (garbage, or a crash): both systems report "outside its buffer" as the values,
# while shape, strides, flags, base and sharing are compared as usual. Slicing back inside makes it readable.
import numpy as np
from numpy.lib.stride_tricks import as_strided
a = np.arange(4)
b = as_strided(a, shape=(8,), strides=(8,))
b.strides
b.flags.owndata
np.shares_memory(a, b)
c = b[:4]
d = b[2:6]
e = as_strided(a[2:], shape=(2, 2), strides=(8, 8))
f = as_strided(a, shape=(3,), strides=(-8,))
