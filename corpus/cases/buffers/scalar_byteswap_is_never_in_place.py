# A NumPy scalar's byteswap returns a new scalar with the bytes reversed; inplace=True is a ValueError (a scalar
# cannot change). A 0-d reduction with keepdims=False gives such a scalar; the 0-d array it came from can swap.
import numpy as np
a = np.array(3.0)
s = a.max()
t = s.byteswap()
s.byteswap(True)
u = np.int16(1).byteswap()
a.byteswap(True)
