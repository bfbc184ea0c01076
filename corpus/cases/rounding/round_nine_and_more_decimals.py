# rounding: np.round scales by 10**decimals taken from an exact table below 10**9 and by repeated
# multiplication from 10**9 on; 9 decimals (either sign) is the first power past the table.
import numpy as np
a = np.array([1.2345678901234, -0.1234567891234, 2.5e-10, 123456789.123456789])
np.round(a, 9)
np.round(a, 10)
np.round(a, 8)
np.round(a * 1e12, -9)
np.round(a * 1e12, -10)
f = np.array([0.123456789, 1.5], dtype=np.float32)
np.round(f, 9)
