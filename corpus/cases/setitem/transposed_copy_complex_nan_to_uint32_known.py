# Known divergence (both NumPys; listed in both expectation files). Assigning complex NaN into uint32 through the
# engine's tiled transpose copy hands the cast runs of 32 + 4 instead of NumPy's 36, which changes which
# elements the cast's vector path covers: columns 28-31 get 0 where NumPy writes 2147483648. Found by the
# mutation helper.
import numpy as np
from numpy.lib.stride_tricks import as_strided
z = np.full(60, np.nan, dtype=complex)
a = np.zeros((16, 36), np.uint32)
a[...] = as_strided(z, shape=(16, 36), strides=(16, 16))
