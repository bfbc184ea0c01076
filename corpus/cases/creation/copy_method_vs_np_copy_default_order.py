# creation: ndarray.copy() defaults to order='C' while np.copy defaults to order='K': for an
# F-contiguous input they give different strides; both own their memory.
import numpy as np
f = np.ones((2, 3), order='F')
c1 = f.copy()
c2 = np.copy(f)
c1.strides
c2.strides
c3 = f.copy(order='K')
c3.strides
c4 = f.copy(order='A')
c4.strides
c1.base is None
