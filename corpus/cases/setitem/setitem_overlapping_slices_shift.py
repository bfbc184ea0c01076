# setitem: assignment between overlapping views of the same array behaves as if the source were
# copied first: a shift right and an in-place reversal.
import numpy as np
x = np.arange(6)
x[1:] = x[:-1]
x
y = np.arange(6)
y[:] = y[::-1]
y
z = np.arange(6)
z[:-2] = z[2:]
z
