# split: np.split returns a list of views whose base is the input's owner; the parts share memory with
# the input and not with each other, and writes through a part reach the input.
import numpy as np
a = np.arange(12).reshape(3, 4)
parts = np.split(a, 2, axis=1)
rows = np.split(a, [1, 2])
np.shares_memory(parts[0], parts[1])
parts[0][0, 0] = 100
rows[2][0] = -1
p = parts[1]
p.base is a.base
