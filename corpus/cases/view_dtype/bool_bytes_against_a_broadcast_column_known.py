# view_dtype: bool bytes other than 0 and 1 compared across a 2-D broadcast, a row (16,) against a column (16, 1).
# NumPy (1.24 and 2) normalises every byte here (nonzero is True), as if no SIMD tail compared raw bytes; the engine
# runs each row as a contiguous run against a stride-0 operand, whose tail under NumPy 1.24 with AVX2 (runs of
# fewer than 32) compares the operand's byte as it is (..._in_vector_blocks.py), so 1 < 0xF0 is True. Which loop
# NumPy's iterator hands these rows to is not found yet. Found by the fuzzer (scripts/fuzz --numpy 1.24,
# 2026-12-05): np.broadcast_arrays returns an input of the broadcast shape itself under NumPy 1.24, so
# `v4.dtype = bool` made v1 bool as well, and v4 < expand_dims(v1, -1) compared v1's bytes with each other.
import numpy as np
v0 = np.arange(6, dtype='<f8').reshape((2, 3), order='C')
v2 = v0[0, :-1]
v1 = v2.newbyteorder()
v4 = np.broadcast_arrays(v1, v1)[1]
v4.dtype = bool
v7 = np.expand_dims(v1, -1)
v9 = v4 < v7
