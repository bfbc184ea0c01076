# Known divergence (NumPy 2 with AVX2 (X86_V3); listed in corpus/expected-divergences/numpy-2.txt). complex128
# elements whose real and imaginary parts are both NaN, with different payloads (real 1, imaginary 2), multiplied
# by themselves: NumPy 2's multiply loop takes 4 elements a round, then a tail of up to 2 elements a round, and the
# compiler emitted the tail's first round with the fused multiply-add's operands in another order, so the tail's
# first two elements get the imaginary part's payload in their imaginary part; the engine passes on the real part's
# everywhere, in the order of the loop's rounds of 4 (nan_payload_of_complex_products_follows_numpys_operand_order.py).
# At NumPy's baseline the case passes. Bits only, the values are NaN alike.
import numpy as np
z_bits = np.array([18444492273895866369, 18444492273895866370] * 7, dtype=np.uint64)
x = z_bits.view(np.complex128)
y = x.copy()
product = x * y
product_bits = product.view(np.uint64)
