# Seed 002 claim: "numpy.reshape function creates a view where possible or a copy otherwise ...
# in some cases where the array becomes non-contiguous (perhaps after a ndarray.transpose
# operation), the reshaping cannot be done by modifying strides and requires a copy". Correct.
import numpy as np
x = np.arange(6).reshape(2, 3)
v = np.reshape(x, (3, 2))
v.base is x
t = x.transpose()
c = np.reshape(t, (6,))
np.shares_memory(c, x)
c
c.base is None
