# setitem: complex NaN into uint32 is undefined in C, and NumPy's cast answers by its vector path over each
# contiguous run it is handed. Here every row of the source is the same 36 contiguous values (rows overlap,
# strides (16, 16)), so NumPy casts rows of 36. The engine once took this for a transposed copy and tiled it,
# handing the cast runs of 32 + 4: columns 28-31 got 0 where NumPy writes 2147483648 (a known divergence until
# the tiling was kept to sources strided along the destination's rows). Found by the mutation helper.
import numpy as np
from numpy.lib.stride_tricks import as_strided
z = np.full(60, np.nan, dtype=complex)
a = np.zeros((16, 36), np.uint32)
a[...] = as_strided(z, shape=(16, 36), strides=(16, 16))
