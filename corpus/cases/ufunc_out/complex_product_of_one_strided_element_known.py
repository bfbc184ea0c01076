# Known divergence (NumPy 2 with X86_V3: the square; NumPy 1.24 with AVX512F: the product; corpus/expected-
# divergences/). A one-element operation on strided arrays: NumPy's trivial loop hands the loop the arrays' own steps
# (32 bytes here), so NumPy 2's square finds neither operand contiguous and takes its plain scalar kernel, and NumPy
# 1.24's multiply is not its contiguous vector loop (fused scalar kernel). The engine's run of one element steps
# 0, or its itemsize where every operand is contiguous by flags, and it cannot give it the arrays' own steps alone:
# NumPy's iterator, which a one-element operation written in place or through a copy of out takes, hands zero steps
# (nan_payload_of_complex_absolute.py's x1.real statement under 1.24 shows it). What is missing: run_loop and
# run_unary_loop knowing which of NumPy's two paths they stand for. Measured 2026-12-06.
import numpy as np
q = np.full(20, np.sqrt(0.5) * (1 + 1j))
o = np.zeros(20, dtype=complex)
np.square(q[::2][:1], out=o[::2][:1])
r = np.zeros(20, dtype=complex)
np.multiply(q[::2][:1], q[::2][:1], out=r[::2][:1])
