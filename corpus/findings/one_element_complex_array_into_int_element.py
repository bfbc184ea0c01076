# DIVERGENCE: error after setitem
import numpy as np
from numpy.lib.stride_tricks import as_strided
v0 = np.arange(1, dtype='complex64').reshape((1,), order='A')
v1 = np.asarray(v0, dtype=np.int8, order='F')
v1[-1,] = v0  # DIVERGENCE: error
