# arithmetic: an expression on a view reads the current values of the owner; the result is
# independent from then on.
import numpy as np
a = np.arange(5)
v = a[1:4]
s = v + 10
a[2] = 100
s
v + 10
a
