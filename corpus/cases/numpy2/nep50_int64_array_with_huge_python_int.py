# NEP 50 at the int64 limits: int64 array + 2**63 cannot be an int64, so NumPy 2 raises OverflowError; NumPy 1.24
# saw a uint64-sized value and promoted int64 with uint64 to float64, a new dtype and itemsize. uint64 array +
# (2**64 - 1) fits uint64 and wraps in both; int64 + (-2**63) fits.
import numpy as np
i = np.arange(3, dtype=np.int64)
u = np.array([1], dtype=np.uint64)
a = i + 9223372036854775808
b = u + 18446744073709551615
c = i + -9223372036854775808
d = u - 1
