# numpy: >=2
# Known divergence (NumPy 2; corpus/expected-divergences/): where an operand does not walk the whole iteration with
# one stride (a broadcast row, a Fortran-ordered operand), NumPy's iterator buffers it and hands its loop runs of
# whole rows up to its 8,192-element buffer (measured on NumPy 2.4.6: runs of max(row, 8192 // row * row) elements; a
# (91, 91) sum goes in runs of 8,190 and 91). NumPy 2's contiguous float loop passes on y's NaN past the last whole
# 64-byte block of a run (float_sum_product_tail_y_first_after_bytes): the last 4 of these 20 sums of NaNs with
# distinct payloads. The engine runs row by row (or in tiles), so every sum passes on x's NaN. What is missing:
# run_loop and run_unary_loop walking NumPy's buffered runs (complex_product_of_a_buffered_iteration_known.py shows
# the same under NumPy 1.24, whose float sums of NaNs follow the operands' alignment and cannot be a case). Found
# 2026-12-06.
import numpy as np
x = (np.arange(20, dtype=np.uint64) + np.uint64(9221120237041090561)).view(np.float64).reshape((4, 5))
y = (np.arange(5, dtype=np.uint64) + np.uint64(9221120237042139137)).view(np.float64)
s = (x + y).view(np.uint64)
f = (np.arange(20, dtype=np.uint64) + np.uint64(9221120237042139137)).view(np.float64).reshape((4, 5)).copy(order='F')
t = (x + f).view(np.uint64)
