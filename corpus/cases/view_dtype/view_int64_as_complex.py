# view_dtype: int64 pairs viewed as complex128 (one element) and as complex64 (bit patterns of
# float32 pairs); complex64 viewed as float32 gives interleaved real/imag parts.
import numpy as np
b = np.zeros(2, dtype=np.int64)
c = b.view(np.complex128)
c.shape
c.strides
z = np.array([1 + 2j, 3 - 4j], dtype=np.complex64)
r = z.view(np.float32)
r
r[1] = 5
z
