# take_put: np.place into an array of np.broadcast_arrays, which warns on write (its writeable flag True). NumPy asks
# for a C-contiguous, aligned, writeable array: a (1, 1) one is written as it is, its warning kept, so as_strided
# still makes a read-only view of it, even after a place that raised; a strided one is copied, and the copy's check
# of its base ends the warning. Found by the property test (NumPy 2, seed 407).
import numpy as np
from numpy.lib.stride_tricks import as_strided
v0 = np.array([[-3]], dtype=float, order='C')
v0 = np.broadcast_arrays(v0, -3)[1]
a = as_strided(v0[::-1], shape=(0, 0, 0), strides=(0, 0, 0))
np.place(v0, np.ones((0, 3), dtype=bool), -3)
b = as_strided(v0[::-1], shape=(0, 0, 0), strides=(0, 0, 0))
w = np.broadcast_arrays(np.array([[-3.0, 1.0]]), -3)[1]
np.place(w, np.ones((1, 2), dtype=bool), 5)
c = as_strided(w)
t = np.broadcast_arrays(np.array([[-3.0], [1.0]]), np.arange(2.0))[1]
np.place(t, np.ones((2, 2), dtype=bool), 5)
d = as_strided(t)
