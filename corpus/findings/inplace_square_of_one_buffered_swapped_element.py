# DIVERGENCE: values after **= (NumPy 1.24 campaign, 2026-12-07): one buffered element steps its itemsize in NumPy 1.24, so the square takes the AVX512F loop and another NaN; fixed in 4da95ae (case ufunc_out/one_buffered_element_reaches_the_loop_with_its_buffers_step.py)
import numpy as np
from numpy.lib.stride_tricks import as_strided
v0 = np.arange(1, dtype=complex).reshape(())
v0 = np.zeros_like(v0, order='F', shape=(4, 4, 1))
v1 = v0 ** -1
v0 = v1.reshape((1, 4, -1), order='F')
v3 = v0.byteswap()
v4 = v3.newbyteorder('swap')
v5 = as_strided(v4[::-1], shape=(1, 1), strides=(-16, -16))
v5[[-1], ...] **= 2  # DIVERGENCE: arrays.v3.values
