# reshape: in NumPy 1.24 any negative dimension (not only -1) is taken as the unknown one.
import numpy as np
a = np.arange(12)
b = a.reshape((3, -2))
b.shape
c = a.reshape(-3, 4)
c.shape
c.base is a
