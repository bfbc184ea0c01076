# NEP 50 for floats: a Python float is weak, so float32 array + 1e300 (and 1e300 - array) stays float32 in
# NumPy 2 and overflows to inf (a 4-byte result), where NumPy 1.24 saw that 1e300 needs float64's range and
# allocated an 8-byte result. * 1e-50 is float32 (underflowing to 0) in both, since 1.24 judged by range, not
# precision; + 1.5 is float32 and + 1j complex64 in both.
import numpy as np
f = np.array([1, 2], dtype=np.float32)
a = f + 1e300
b = f * 1e-50
c = f + 1.5
d = f + 1j
e = 1e300 - f
a.strides
