# view_dtype: a 0-d array can only be viewed with a dtype of the same itemsize; int32 -> float32 is
# fine, int32 -> int16 is ValueError.
import numpy as np
z = np.array(5, dtype=np.int32)
f = z.view(np.float32)
f.shape
f.base is z
# expect: ValueError
z.view(np.int16)
z
