# DIVERGENCE: values after at (NumPy 1.24 campaign, 2026-12-07): NumPy 1.24's ufunc.at buffers every operand, so its loop steps the itemsize and the in-place square of one complex64 element takes the AVX512F loop (the imaginary NaN kept)
import numpy as np
from numpy.lib.stride_tricks import as_strided
v2 = np.full((3, 5), -2)
v3 = v2 | v2
v5 = v3.conj()
v0 = np.ndarray((4,), dtype='=c8', buffer=v5, offset=2, strides=(4,))
np.square.at(v0, [-1])  # DIVERGENCE: arrays.v3.values
