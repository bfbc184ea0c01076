# promotion: a Python int above int64's range but within uint64 (2**63) with an int64 array
# promotes through uint64 to float64; with a uint8 array it gives uint64.
import numpy as np
a = np.array([1, 2])
r = a * 9223372036854775808
r.dtype
u = np.array([1, 2], dtype=np.uint8)
s = u + 9223372036854775808
s.dtype
s
