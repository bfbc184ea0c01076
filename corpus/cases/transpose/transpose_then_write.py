# transpose: writes through transposed / swapped / moved views land in the owner at the
# permuted positions.
import numpy as np
x = np.zeros((2, 3, 4), dtype=np.int16)
t = x.transpose(2, 0, 1)
t[3, 1, 2] = 7
x[1, 2, 3]
s = np.swapaxes(x, 0, 1)
s[2, 0, 0] = 9
m = np.moveaxis(x, -1, 0)
m[0, 0, 2]
x[0]
