# view_dtype: a bool view of float64 data holds bytes other than 0 and 1 (3.0 is 00..08 40). NumPy's bool
# comparison loops read any nonzero byte as True, casts do the same, and copies keep the raw bytes.
# Found by the fuzzer (the engine compared the raw bytes).
import numpy as np
f = np.arange(3, 4, 0.5)
b = f.view(np.bool_)
t = np.ones(16, dtype=np.bool_)
t == b
t != b
b >= t
b < t
b.astype(np.int64)
b + b
c = b.copy()
c.view(np.uint8)
