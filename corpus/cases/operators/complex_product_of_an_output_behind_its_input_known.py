# Known divergence (NumPy 2 with X86_V3, NumPy 1.24 with AVX512F; corpus/expected-divergences/). An output behind an
# input it overlaps, stepping as it does, is safe to compute element by element, and NumPy's trivial loop then
# hands it to the loop as it is (PyArray_EQUIVALENTLY_ITERABLE_OVERLAP_OK); the engine computes into a copy of the
# output. The loop NumPy picks sees the overlap: NumPy 2's complex multiply and square take their plain scalar loop
# (fused elsewhere), NumPy 1.24's AVX512F multiply its fused scalar one when the output starts less than 64 bytes
# before the input (plain 64 or more). Values agree; the last bit of a part differs. Measured 2026-12-06.
import numpy as np
b = np.full(40, np.sqrt(0.5) * (1 + 1j))
behind_by_48_bytes = np.multiply(b[3:11], b[3:11], out=b[0:8])
