# arithmetic: comparisons are elementwise and give new bool owners, with broadcasting; comparing
# with a value outside the dtype's range is simply False/True.
import numpy as np
a = np.arange(4, dtype=np.int8)
m = a > 1
m.dtype
m.base is None
a == 300
a != 300
a <= np.arange(4)[::-1]
np.arange(3).reshape(3, 1) >= np.arange(3)
np.array([1.5, np.nan]) == np.array([1.5, np.nan])
