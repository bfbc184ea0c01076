# a **= 0 takes NumPy 1.24's fast scalar power path (ones written into a, in place, also through a view and for
# a float exponent 0.0): every element becomes 1 of a's dtype; a read-only a is a ValueError and stays as it was.
import numpy as np
a = np.arange(6).reshape(2, 3)
v = a[:, ::2]
v **= 0
b = np.arange(4.0)
b **= 0.0
c = np.arange(3, dtype=np.int8)
c.flags.writeable = False
c **= 0
