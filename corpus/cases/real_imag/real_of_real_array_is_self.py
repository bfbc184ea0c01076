# real_imag: .real of a non-complex array (float, int, bool) is the array itself (same object).
import numpy as np
f = np.arange(3.0)
a = np.arange(3)
b = np.array([True, False])
fr = f.real
fr is f
ar = a.real
ar is a
br = b.real
br is b
fr[0] = 7
f
