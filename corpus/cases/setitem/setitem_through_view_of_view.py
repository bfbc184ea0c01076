# setitem: assignment into a view of a view (transpose of a slice) writes into the owner.
import numpy as np
a = np.arange(12)
m = a.reshape(3, 4)
t = m[:, 1:3].T
t[0] = [100, 200, 300]
a
t[:, -1] = 0
m
