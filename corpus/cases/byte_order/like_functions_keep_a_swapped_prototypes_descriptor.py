# byte_order: np.empty_like and full_like of an array in swapped byte order keep its descriptor object, so asking
# np.asarray for '>i8' (a new, equal descriptor) gives a view of the result, while np.asarray with the result's
# own dtype object gives the result itself. The native twin of this case (newbyteorder('<'), NumPy < 2) was
# found by the property test (NumPy 1.24, seed 149).
import numpy as np
s = np.arange(3).astype('>i8')
e = np.empty_like(s)
ve = np.asarray(e, dtype='>i8')
same_type = np.asarray(e, dtype=e.dtype)
f = np.full_like(s, 7, shape=(2, 2))
vf = np.asanyarray(f, dtype='>i8', order='C')
g = np.full_like(s, 7, dtype='>i8')
vg = np.asarray(g, dtype='>i8')
