# take_put: np.fill_diagonal(a, val) is a.flat[:end:step] = val, so values of another dtype are cast as the flat
# assignment casts them: in their own memory order (PyArray_FromAny, FORCECAST). Which order the cast walks
# decides which of NumPy's cast loops meets NaN: float64 NaN into uint32 is 2**31 in a contiguous run of four or
# more (the vector loop) and 0 element by element. The engine had cast the values in C order (a transposed value
# then met the strided loop).
import numpy as np
v = np.arange(16, dtype=np.float64).reshape(4, 4) / 0
a = np.zeros((6, 6), dtype=np.uint32)
np.fill_diagonal(a, v.T)
b = np.zeros((6, 6), dtype=np.uint32)
np.fill_diagonal(b, v[:, ::-1])
c = np.zeros((3, 3, 3), dtype=np.uint32)
np.fill_diagonal(c, v[::2].T)
d = np.zeros((9, 3), dtype=np.uint32)
np.fill_diagonal(d, v.T, wrap=True)
