# view_dtype: view with a dtype of the same itemsize keeps shape and strides and reinterprets the
# bits: float64 1.0 as int64, float32 1.0 as uint32, int8 -1 <-> uint8 255.
import numpy as np
f = np.array([1.0, -2.0])
i = f.view(np.int64)
i
i.base is f
g = np.array([1.0], dtype=np.float32)
g.view(np.uint32)
u = np.array([255, 1], dtype=np.uint8)
s = u.view(np.int8)
s
s[1] = -128
u
