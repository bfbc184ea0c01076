# inplace: same-kind narrowing is allowed in place: int8 += 300 computes in int16 and wraps back
# to int8 (44, 45, 46); int32 += int64 array; float32 += 1.5.
import numpy as np
a = np.arange(3, dtype=np.int8)
a += 300
a
a.dtype
b = np.arange(3, dtype=np.int32)
b += np.arange(3)
b.dtype
f = np.arange(3, dtype=np.float32)
f += 1.5
f
