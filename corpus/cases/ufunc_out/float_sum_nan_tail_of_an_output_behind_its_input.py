# numpy: >=2
# NumPy 2's contiguous float + and * pass on y's NaN past the last whole block of a run (semantics.hpp; view_dtype/
# nan_payload_of_contiguous_float_sums.py), in their vector kernel, which they take
# only where the output is apart from both inputs (is_mem_overlap). An output behind its input, handed to the loop
# uncopied (safe element by element), sends them to the scalar kernel: x's NaN throughout. Read back as int64 bits
# (-3 and -4 are two NaN payloads). Measured on an AVX-512 machine and at NumPy's baseline, 2026-12-06.
import numpy as np
bits = np.full(40, -3, dtype=np.int64)
b = bits.view(np.float64)
y = np.full(13, -4, dtype=np.int64).view(np.float64)
np.add(b[4:17], y, out=b[0:13])
np.multiply(b[24:37], y, out=b[20:33])
