# Seed 002 claim: "The base attribute of a view returns the original array while it returns None
# for a copy". Correct for .copy(), np.copy, flatten, astype and np.array; and for a view of
# a view, base is the original owner.
import numpy as np
x = np.arange(9)
y = x.reshape(3, 3)
yy = y[1:]
yy.base is x
x.copy().base is None
np.copy(y).base is None
y.flatten().base is None
y.astype(np.float64).base is None
np.array(y).base is None
