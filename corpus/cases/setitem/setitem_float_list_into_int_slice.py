# setitem: a float list assigned into an int32 slice is truncated element-wise; a float32 array
# receives float64 values rounded to float32.
import numpy as np
a = np.zeros(4, dtype=np.int32)
a[1:3] = [1.9, -0.9]
a
f = np.zeros(3, dtype=np.float32)
f[:] = [0.1, 1.5, 2.25]
f
f.dtype
