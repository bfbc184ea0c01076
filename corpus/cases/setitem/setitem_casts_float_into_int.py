# setitem: values are cast to the target dtype: 2.7 and -2.7 truncate toward zero into int64,
# True becomes 1, 5 into a bool array becomes True, 1.5 into complex64 is 1.5+0j.
import numpy as np
i = np.zeros(3, dtype=np.int64)
i[0] = 2.7
i[1] = -2.7
i[2] = True
i
b = np.zeros(2, dtype=bool)
b[0] = 5
b[1] = 0.0
b
c = np.zeros(2, dtype=np.complex64)
c[0] = 1.5
c
