# Known divergence (NumPy 2, and NumPy 1.24 on AVX512F; corpus/expected-divergences/): where an operand does not walk
# the whole iteration with one stride (a broadcast row, a Fortran-ordered operand), NumPy's iterator buffers it and
# hands its loop runs of whole rows up to its 8,192-element buffer (measured on NumPy 2.4.6: runs of
# max(row, 8192 // row * row) elements; a (91, 91) sum goes in runs of 8,190 and 91). NumPy 2's contiguous float
# loop passes on y's NaN past the last whole 64-byte block of a run (float_sum_product_tail_y_first_after_bytes):
# the last 4 of these 20 sums of NaNs with distinct payloads. NumPy 1.24 buffers the same way: the last statement's
# C- by F-ordered complex product reaches its AVX512F vector loop, unfused (property test, NumPy 1.24, seed 279).
# The engine runs row by row (or in tiles): every sum passes on x's NaN, and the product takes the fused scalar
# loop. What is missing: run_loop and run_unary_loop walking NumPy's buffered runs. Found 2026-12-06.
import numpy as np
x = (np.arange(20, dtype=np.uint64) + np.uint64(9221120237041090561)).view(np.float64).reshape((4, 5))
y = (np.arange(5, dtype=np.uint64) + np.uint64(9221120237042139137)).view(np.float64)
s = (x + y).view(np.uint64)
f = (np.arange(20, dtype=np.uint64) + np.uint64(9221120237042139137)).view(np.float64).reshape((4, 5)).copy(order='F')
t = (x + f).view(np.uint64)
v0 = np.array([[-3, -3, -3], [-3, -3, 1j]], order='C')
v0 **= 0.5
v2 = v0.copy(order='F')
v3 = v0 * v2
