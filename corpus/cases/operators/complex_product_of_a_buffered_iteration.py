# operators: complex products where an input does not walk the whole iteration with one stride (an F-ordered or
# transposed operand, a broadcast row). NumPy 1.24's iterator buffers that input and hands its loop contiguous runs of
# 8,192 elements from wherever the last ended, except that a run within the rest of one row goes unbuffered (the
# (91, 91) product's last 89 elements, the (2, 8201) one row by row; semantics::buffered_iteration_picks_a_core), so its
# AVX512F product takes its vector loop, unfused (the real part of sqrt(1j) squared is 0), where a run with a strided
# input takes the fused scalar loop (-4.3e-17). NumPy 2's products are fused alike either way. Found by the property
# test (NumPy 1.24, seed 279); a known divergence until 2026-12-06, when the engine ran such products row by row.
import numpy as np
v0 = np.array([[-3, -3, -3], [-3, -3, 1j]], order='C')
v0 **= 0.5
v2 = v0.copy(order='F')
v3 = v0 * v2
r = np.full((91, 91), 1j) ** 0.5
rf = r.copy(order='F')
p = r * rf
q = r.T * r
b = np.full((4, 5), 1j) ** 0.5
row = np.full(5, 1j)[::-1] ** 0.5
c = b * row[::-1]
r5 = np.full((5, 3000), 1j) ** 0.5
p5 = r5 * r5.copy(order='F')
long_rows = np.full((2, 8201), 1j) ** 0.5
row_by_row = long_rows * long_rows.T.copy().T
