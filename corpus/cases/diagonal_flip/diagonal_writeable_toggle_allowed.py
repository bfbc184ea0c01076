# diagonal_flip: in NumPy 1.24 the read-only diagonal view may be made writeable (its base is
# writeable); writes then go into the matrix.
import numpy as np
m = np.arange(9).reshape(3, 3)
d = m.diagonal()
d.flags.writeable = True
d[1] = 100
m
d
