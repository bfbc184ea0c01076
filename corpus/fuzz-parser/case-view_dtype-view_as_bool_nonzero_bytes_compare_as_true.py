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
# Except in NumPy 1.24's SIMD loop for a contiguous array against a scalar (a broadcast or 0-d operand
# beside a contiguous input and output): there the scalar's byte is compared as it is, so 3 == 2 is False.
s = np.full(20, 2, dtype=np.uint8).view(np.bool_)
k = np.array([3], dtype=np.uint8).view(np.bool_)
s == k
k == s
s < k
s.reshape(4, 5) == k
s.reshape(4, 5).T == k
s[::2] == k
s[:3] == k[0]
k == k
