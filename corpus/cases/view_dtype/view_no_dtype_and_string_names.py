# view_dtype: view() with no argument is a new view with the same dtype; string names and Python
# types work as dtypes ('float32', int).
import numpy as np
a = np.arange(4, dtype=np.int32)
v = a.view()
v is a
v.dtype
b = a.view('float32')
b.dtype
c = np.arange(2).view(int)
c.dtype
c.base is None
d = np.array([True, False]).view(np.uint8)
d
