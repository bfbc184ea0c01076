# concatenate_copyto: concatenation along axis 0, axis 1, axis -1 and axis=None (flattens inputs).
import numpy as np
a = np.arange(4).reshape(2, 2)
b = np.arange(6).reshape(3, 2)
c = np.arange(6).reshape(2, 3)
np.concatenate([a, b])
np.concatenate([a, c], axis=1)
np.concatenate([a, c], axis=-1)
n = np.concatenate([a, b], axis=None)
n
n.shape
