# Known divergence under NumPy 1.24 on AVX512F (corpus/expected-divergences/numpy-1.24.txt); NumPy 2 agrees. A
# (1, 1) complex output over its own input, reversed along its length-1 axis, written through a cast (the loop
# computes float64): NumPy 1.24 calls hypot, which keeps the NaN's sign; the engine computes into a copy of the
# output and takes the AVX512F formula (sign cleared). What is missing: how NumPy 1.24's iterator hands such an
# output to the loop (copied for the overlap, buffered for the cast; the steps it gets). Property test, NumPy 2,
# seed 201's program. Measured 2026-12-06.
import numpy as np
v0 = np.array([[0, -3]])
v1 = v0.view('complex128')
np.absolute(v1, v1[::-1])
