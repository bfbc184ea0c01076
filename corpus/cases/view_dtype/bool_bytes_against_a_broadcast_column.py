# view_dtype: bool bytes other than 0 and 1 compared across a 2-D broadcast, a row (16,) against a column (16, 1).
# Neither input walks the (16, 16) iteration with one stride, so NumPy's ufunc iterator buffers both and hands its
# loop one contiguous run of 256 (NumPy 2.4: three buffers cost less than 16 rows; NumPy 1.24: 8,192-element
# chunks), whose vector blocks normalise every byte (nonzero is True). Row by row against a stride-0 operand, the
# tail of each row would compare raw bytes under NumPy 1.24 with AVX2 (1 < 0xF0 True). Found by the fuzzer
# (scripts/fuzz --numpy 1.24, 2026-12-05): np.broadcast_arrays returns an input of the broadcast shape itself under
# NumPy 1.24, so `v4.dtype = bool` made v1 bool as well, and v4 < expand_dims(v1, -1) compared v1's bytes with each
# other. Known until 2026-12-06, when the engine learnt NumPy's buffered runs for bool comparisons.
import numpy as np
v0 = np.arange(6, dtype='<f8').reshape((2, 3), order='C')
v2 = v0[0, :-1]
v1 = v2.newbyteorder()
v4 = np.broadcast_arrays(v1, v1)[1]
v4.dtype = bool
v7 = np.expand_dims(v1, -1)
v9 = v4 < v7
