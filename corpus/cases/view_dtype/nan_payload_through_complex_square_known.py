# Known divergence (NumPy 2 with AVX2 (X86_V3); listed in corpus/expected-divergences/numpy-2.txt). Elements whose
# real and imaginary parts are both NaN, with different payloads (real 1, imaginary 2): NumPy 2's complex square
# loop runs two vectors of 4 complex64 a round, and the compiler emitted the second copy's fused multiply-add with
# its operands in another order, so elements 4 to 7 of each 8 get the imaginary part's payload in their imaginary
# part where elements 0 to 3 (and a tail) get the real part's; the engine passes on the real part's everywhere, in
# the order of NumPy's multiply loop (nan_payload_of_complex_products_follows_numpys_operand_order.py). At NumPy's baseline the case passes. Found by
# the property test (NumPy 2, seed 91: `np.full(4, -3).view(np.complex64); v **= 2`); bits only, the values are
# NaN alike.
import numpy as np
z_bits = np.array([4290772993, 4290772994] * 8, dtype=np.uint32)
z = z_bits.view(np.complex64)
square = np.square(z)
square_bits = square.view(np.uint32)
