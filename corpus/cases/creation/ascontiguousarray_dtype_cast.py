# creation: np.ascontiguousarray with a different dtype copies even a C-contiguous input, with the
# same dtype it returns the input.
import numpy as np
a = np.arange(4, dtype=np.int16)
b = np.ascontiguousarray(a, dtype=np.int16)
c = np.ascontiguousarray(a, dtype=np.float32)
b is a
c is a
c.dtype
c.strides
