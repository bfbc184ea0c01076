# DIVERGENCE: base after asarray
import numpy as np
from numpy.lib.stride_tricks import as_strided
v1 = np.arange(4, dtype='>i4').reshape((2, 2), order='A')
v0 = np.einsum('ii->i', v1)
v0 = +v0
v0 = v0.astype(np.int32, copy=True)
v3 = np.asarray(v0, dtype='int32', order='A')  # DIVERGENCE: arrays.v3.base
