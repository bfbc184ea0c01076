# view_dtype: complex128 elements whose real and imaginary parts are both NaN, with different payloads (real 1,
# imaginary 2), multiplied by themselves. NumPy 2's multiply loop with AVX2 (X86_V3) takes 4 elements a round, then
# a vector of up to 2 at a time, and its compiler emitted the tail's first vector with the operands of its fused
# multiply-adds in another order (y's parts first), so the tail's first two elements get the imaginary part's
# payload in their imaginary part (complex_loop_order.hpp, vectors_with_y_parts_first). At NumPy's baseline the
# case passes either way. A known divergence until 2026-12-06, when every vector of the loop was measured.
import numpy as np
z_bits = np.array([18444492273895866369, 18444492273895866370] * 7, dtype=np.uint64)
x = z_bits.view(np.complex128)
y = x.copy()
product = x * y
product_bits = product.view(np.uint64)
