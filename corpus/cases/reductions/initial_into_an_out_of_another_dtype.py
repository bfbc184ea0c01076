# initial= with an out= of another dtype: NumPy 2 packs the value into the loop's dtype and assigns it into out
# through a cast, NumPy 1.24 fills out with it; either way the loop reads it back from out through its buffer's
# cast, so a value out's dtype does not hold comes back changed (300 into an int8 out is 44 before anything is
# added).
import numpy as np
i = np.arange(6).reshape(2, 3)
o8 = np.zeros(2, np.int8)
a = np.max(i, axis=1, initial=300, out=o8)
s8 = np.zeros(2, np.int8)
b = np.sum(i, axis=1, initial=300, out=s8)
f4 = np.zeros(2, np.float32)
c = np.sum(i, axis=1, initial=0.1, out=f4)
u4 = np.zeros(3, np.uint32)
d = np.min(np.float64([[1.5, -2.5, 7], [3, 4, -1]]), axis=0, initial=-3.5, out=u4)
c8 = np.zeros((), np.complex64)
e = np.sum(np.arange(10.0), initial=1e-9, out=c8)
