# promotion: float32 + 1.0 and float32 + 1 stay float32; float32 + 1e300 (does not fit float32)
# becomes float64; float32 + 1j becomes complex64; float32 * 2 stays float32.
import numpy as np
f = np.array([1, 2], dtype=np.float32)
f + 1.0
f + 1
f + 1e300
f + 1j
f * 2
