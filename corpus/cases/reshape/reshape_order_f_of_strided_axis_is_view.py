# reshape: order='F' splitting one strided axis into several is a view whose first new axis keeps the old
# stride and each later one multiplies it by the lengths before it (NumPy's _attempt_nocopy_reshape).
import numpy as np
a = np.arange(24)[::2]
f = a.reshape((2, 3, 2), order='F')
f.strides
f.base is a
g = np.arange(24).reshape(4, 6)[:, ::2]
h = g.reshape((2, 2, 3), order='F')
k = np.arange(30)[::3].reshape((5, 2), order='F')
