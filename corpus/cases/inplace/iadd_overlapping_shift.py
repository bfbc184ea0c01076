# inplace: a[1:] += a[:-1] with overlapping operands behaves as if the right side were copied
# first (NumPy detects the overlap): result 0, 1, 3, 5, 7, 9, not a running sum.
import numpy as np
a = np.arange(6)
a[1:] += a[:-1]
a
b = np.arange(6)
b[:-1] += b[1:]
b
