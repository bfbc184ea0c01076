# arithmetic: arithmetic on empty arrays gives empty results with the broadcast shape; (0, 3) with
# (3,) broadcasts to (0, 3); (0,) with (1,) gives (0,).
import numpy as np
e = np.zeros((0, 3))
r = e + np.arange(3)
r.shape
r.dtype
f = np.zeros(0, dtype=np.int8) + np.ones(1, dtype=np.int8)
f.shape
f.dtype
# expect: ValueError
np.zeros(0) + np.zeros(2)
