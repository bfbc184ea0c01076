# Known divergence (NumPy 2 with AVX2 (X86_V3); listed in corpus/expected-divergences/numpy-2.txt; at the baseline
# NumPy passes the input's NaN on, as the engine does). The int64 -3 read as complex64 is
# two NaNs with payloads (real 0xfffffffd, imaginary 0xffffffff); NumPy 2's complex square (z **= 2 takes the
# square loop) gives an imaginary part of 0xfffffffe, a payload neither input has, which follows the instructions of
# its SIMD loop; the engine passes on an input's NaN. Bits only: the values are NaN alike. Found by the property test
# (seed 91), the same family as nan_payload_through_complex_division_known.py.
import numpy as np
v0 = np.full(4, -3)
v3 = v0.view(np.complex64)
v3 **= 2
