# basic_indexing: a full integer index returns a NumPy scalar of the array's dtype (int8, uint16,
# float32, complex64, bool), not a view; later writes to the array do not change the scalar.
import numpy as np
a = np.arange(3, dtype=np.int8)
s1 = a[1]
s2 = np.arange(3, dtype=np.uint16)[2]
s3 = np.array([1.5, 2.5], dtype=np.float32)[0]
s4 = np.array([1 + 2j], dtype=np.complex64)[0]
s5 = np.array([True, False])[1]
a[1] = 100
s1
a
