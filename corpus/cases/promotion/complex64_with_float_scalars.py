# promotion: complex64 + 1.0 and + np.float64(1) stay complex64; + 1e300 becomes complex128;
# complex64 + int64 array becomes complex128.
import numpy as np
c = np.array([1, 2], dtype=np.complex64)
c + 1.0
c + np.float64(1)
c + 1e300
c + np.arange(2)
c * 1j
