# Known divergence under NumPy 1.24 on AVX512F (corpus/expected-divergences/numpy-1.24.txt); NumPy 2 agrees. NumPy
# 1.24's AVX512F complex absolute loop takes a contiguous output only and calls hypot otherwise (last bit differs
# for about a third of these values): the engine applies that to 1-D operations
# (complex_absolute_loop_by_output_step.py) but not to an n-d one, whose steps NumPy's iterator decides (a transposed
# input into a C-ordered output still takes the formula, measured). What is missing: which steps NumPy 1.24's
# buffered iterator hands the loop for an n-d operation. Measured 2026-12-06.
import numpy as np
z = (np.arange(1, 401) * 0.1 + 1j * (np.arange(400, 0, -1) * 0.37)).reshape(20, 20)
o = np.zeros((20, 40))
np.absolute(z, out=o[:, ::2])
