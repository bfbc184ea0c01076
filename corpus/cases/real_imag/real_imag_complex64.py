# real_imag: .real/.imag of complex64 are float32 views with stride 8; on a 2-D array and its
# transpose the strides follow the complex strides.
import numpy as np
z = np.array([[1 + 1j, 2], [3, 4j]], dtype=np.complex64)
r = z.real
r.dtype
r.strides
t = z.T.imag
t.strides
t.flags.f_contiguous
t
