# Known divergence (NumPy 1.24 on AVX512F; corpus/expected-divergences/): a complex product of a C- and an F-ordered
# operand. The F-ordered one does not walk the iteration with one stride, so NumPy's iterator buffers it and hands
# its loop contiguous runs (float_sum_nan_tail_of_a_buffered_iteration_known.py has the run lengths): NumPy 1.24's
# AVX512F product takes its vector loop, unfused, and the last element's real part is 0. The engine runs row by row
# with the strided operand and takes the fused scalar loop (-4.3e-17). NumPy 2 agrees (its scalar kernel is plain
# here). Found by the property test (NumPy 1.24, seed 279).
import numpy as np
v0 = np.array([[-3, -3, -3], [-3, -3, 1j]], order='C')
v0 **= 0.5
v2 = v0.copy(order='F')
v3 = v0 * v2
