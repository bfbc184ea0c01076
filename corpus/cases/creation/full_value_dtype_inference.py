# creation: np.full infers the dtype from the fill value (bool, int, big int, complex, NumPy
# int8 scalar) and casts the value when dtype= is given (1.5 into int32 -> 1).
import numpy as np
a = np.full((2, 2), True)
b = np.full(3, 7)
c = np.full(3, 1099511627776)
d = np.full(2, 1 + 0j)
e = np.full(3, np.int8(5))
f = np.full((2,), 1.5, dtype=np.int32)
g = np.full((2, 3), 0.5, order='F')
g.strides
