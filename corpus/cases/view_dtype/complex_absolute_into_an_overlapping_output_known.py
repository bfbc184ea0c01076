# Known divergence under NumPy 1.24 on AVX512F (corpus/expected-divergences/numpy-1.24.txt); NumPy 2 agrees. An
# output overlapping its complex input: NumPy hands the loop an output that is safe to compute element by element
# uncopied (x1.real starts where x1 does and steps as it does: PyArray_EQUIVALENTLY_ITERABLE_OVERLAP_OK), and
# NumPy 1.24's AVX512F absolute loop then refuses the overlap and calls hypot, which keeps the NaN's sign; the
# engine computes into a copy of the output and takes the vector formula (sign cleared). The same shows for a
# (1, 1) output reversed along its first axis (property test, NumPy 2, seed 201's program). Measured 2026-12-06.
import numpy as np
x0 = np.array([0, -3])
x1 = x0.view('complex128')
np.absolute(x1, out=x1.real)
v0 = np.array([[0, -3]])
v1 = v0.view('complex128')
np.absolute(v1, v1[::-1])
