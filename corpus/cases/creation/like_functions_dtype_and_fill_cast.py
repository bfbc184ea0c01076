# creation: full_like casts the fill value to the input dtype (2.7 into int -> 2) unless dtype=
# is given; ones_like of a bool array is True; zeros_like of a list infers float64.
import numpy as np
m = np.arange(4)
a = np.full_like(m, 2.7)
b = np.full_like(m, 2.7, dtype=np.float32)
c = np.ones_like(m > 1)
d = np.zeros_like([1, 2.5])
e = np.full_like([1, 2], 7.5)
f = np.zeros_like(m, dtype=np.complex64)
f.itemsize
