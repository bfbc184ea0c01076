# real_imag: x.imag of a real array is a fresh read-only zero array with x's own descriptor (array_imag_get), so where x's
# is not the canonical one (the result of a byte-swapped array plus a Python int)
# np.asanyarray(x.imag, dtype=int) is a view of it, as np.asanyarray(x, dtype=int) is of x. Found by the property
# test (NumPy 1.24, seed 375).
import numpy as np
v0 = np.arange(2, dtype='>i8')
v1 = v0[-4:-4:-3,]
v2 = v1 + -3
a = np.asanyarray(v2, dtype=int, order='C')
v4 = np.imag(v2)
v5 = np.asanyarray(v4, dtype=int, order='C')
v6 = np.real(v2)
c = np.asanyarray(v6, dtype=int)
