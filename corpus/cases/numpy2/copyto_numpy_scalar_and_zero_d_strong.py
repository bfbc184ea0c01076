# np.copyto with a NumPy scalar or 0-d array source (NumPy 2.1): only the source dtype counts, so int64 ->
# uint8 is not same_kind and raises TypeError even for a value that fits; NumPy 1.24 looked at the value and
# copied (300 wrapped). int64 -> int8 is same_kind and wraps in both; float64 1e300 into float32 is inf in both
# (a Python 1e300 too); a Python complex into float32 is a casting TypeError in both.
import numpy as np
u = np.zeros(3, dtype=np.uint8)
np.copyto(u, np.int64(300))
np.copyto(u, np.array(5))
i = np.zeros(3, dtype=np.int8)
np.copyto(i, np.int64(300))
f = np.zeros(2, dtype=np.float32)
np.copyto(f, np.float64(1e300))
np.copyto(f, 1e300)
np.copyto(f, 1j)
