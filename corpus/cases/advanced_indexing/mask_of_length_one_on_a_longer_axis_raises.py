# advanced indexing: a boolean mask must match its axis's length, a mask of length one included (IndexError "boolean
# index did not match indexed array along axis 0; size of axis is 3 but size of corresponding boolean axis is 1");
# only a mask of length 0 is not checked. Found by the mutation helper (index.cpp: a check from length 2 on).
import numpy as np
a = np.arange(3)
b = a[np.array([True])]
c = np.arange(6).reshape(2, 3)
d = c[:, np.array([False])]
e = a[np.array([], dtype=bool)]
