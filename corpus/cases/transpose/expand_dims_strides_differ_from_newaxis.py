# transpose: np.expand_dims inserts length-1 axes through a reshape, so the new axis stride is not
# 0 as with a[None]/a[:, None]; both are views of a.
import numpy as np
a = np.arange(4)
e0 = np.expand_dims(a, 0)
n0 = a[None]
e0.strides
n0.strides
e1 = np.expand_dims(a, 1)
n1 = a[:, None]
e1.strides
n1.strides
e2 = np.expand_dims(a, (0, 2))
e2.shape
e2.strides
e0.base is a
