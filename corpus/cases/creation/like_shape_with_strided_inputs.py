# *_like with shape= of a non-contiguous or negatively strided a: order='K' sorts a's axes by stride (flipped
# axes count by their absolute stride) when the new shape has as many dimensions; fewer or more dimensions
# give a plain C layout; order='F' always F; the values are fresh (zeros, ones or the fill).
import numpy as np
a = np.arange(24).reshape(2, 3, 4)[::-1, :, ::2]
b = np.zeros_like(a, shape=(3, 3, 3))
c = np.ones_like(a.T, shape=(2, 2, 2))
d = np.full_like(a, -1, shape=(2, 3, 2, 1))
e = np.empty_like(a.swapaxes(0, 2), shape=(1, 5, 1), order='F')
f = np.zeros_like(a[0], shape=(4, 4))
g = np.ones_like(np.float64(2), shape=(2, 2))
