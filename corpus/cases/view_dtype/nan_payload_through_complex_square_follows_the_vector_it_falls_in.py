# view_dtype: elements whose real and imaginary parts are both NaN, with different payloads (real 1, imaginary 2),
# squared. NumPy 2's complex square loop with AVX2 (X86_V3) runs two vectors of 4 complex64 a round, then a vector
# at a time, and its compiler emitted the second vector of a round (and the second of the tail) with the fused
# multiply-add's operands in another order: elements 4 to 7 of each 8 get the imaginary part's payload in their
# imaginary part, elements 0 to 3 the real part's (complex_loop_order.hpp, vectors_with_y_parts_first). At NumPy's
# baseline the square is plain. Found by the property test (NumPy 2, seed 91: `np.full(4, -3).view(np.complex64);
# v **= 2`); a known divergence until 2026-12-06, when every vector of the square and multiply loops was measured.
import numpy as np
z_bits = np.array([4290772993, 4290772994] * 8, dtype=np.uint32)
z = z_bits.view(np.complex64)
square = np.square(z)
square_bits = square.view(np.uint32)
