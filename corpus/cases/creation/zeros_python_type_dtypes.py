# creation: Python types as dtypes: int -> int64, float -> float64, complex -> complex128,
# bool -> bool; string dtype names work too.
import numpy as np
a = np.zeros(3, dtype=int)
b = np.zeros(3, dtype=float)
c = np.ones(2, dtype=complex)
d = np.ones(2, dtype=bool)
e = np.zeros(2, dtype='complex64')
f = np.ones(3, dtype='uint32')
e.itemsize
f.nbytes
