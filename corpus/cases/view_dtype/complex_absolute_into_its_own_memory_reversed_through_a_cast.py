# view_dtype: a (1, 1) complex output over its own input, reversed along its length-1 axis, written through a cast
# (the loop computes float64). NumPy 1.24 calls hypot, which keeps the NaN's sign: the overlap and the cast send the
# operation through its iterator, whose one-element run steps 0, which its AVX512F loop does not take (a 0-d
# operation's trivial path steps the output by its itemsize and takes the SIMD formula,
# complex_absolute_loop_by_step_direction.py). Property test, NumPy 2, seed 201's program; a known divergence until
# 2026-12-06, when the engine took the steps NumPy's iterator hands its loop.
import numpy as np
v0 = np.array([[0, -3]])
v1 = v0.view('complex128')
np.absolute(v1, v1[::-1])
