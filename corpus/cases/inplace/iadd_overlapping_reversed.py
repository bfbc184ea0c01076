# inplace: a += a[::-1] reads the reversed view of the same memory; NumPy's overlap handling
# gives every element 5; interleaved halves a[::2] += a[1::2] do not overlap.
import numpy as np
a = np.arange(6)
a += a[::-1]
a
b = np.arange(6)
b[::2] += b[1::2]
b
