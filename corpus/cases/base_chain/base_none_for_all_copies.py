# base_chain: copies made in different ways have base None: copy(), np.copy, flatten, astype,
# np.array, fancy index on axis 0, boolean mask, arithmetic.
import numpy as np
a = np.arange(6).reshape(2, 3)
c1 = a.copy()
c2 = np.copy(a)
c3 = a.flatten()
c4 = a.astype(np.int32)
c5 = np.array(a)
c6 = a[[1, 0]]
c7 = a[a > 2]
c8 = a * 2
c1.base is None
c6.base is None
c7.base is None
c8.base is None
