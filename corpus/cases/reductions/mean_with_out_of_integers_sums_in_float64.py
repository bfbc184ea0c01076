# reductions: np.mean of integers with out= sums in float64 whatever out's dtype (NumPy's _mean asks for float64
# itself), and then divides what out holds, position by position: 600 int16 values of 32767 into a float32 out
# give exactly 32767, and every position of a 2-d out is divided once.
import numpy as np
a = np.full((2, 600), 32767, dtype=np.int16)
o = np.zeros(2, dtype=np.float32)
np.mean(a, axis=1, out=o)
p = np.zeros((2, 3))
np.mean(np.arange(24).reshape(2, 3, 4), axis=2, out=p)
q = np.zeros((3, 2), dtype=np.float32).T
np.mean(np.arange(24.0).reshape(4, 2, 3), axis=0, out=q)
