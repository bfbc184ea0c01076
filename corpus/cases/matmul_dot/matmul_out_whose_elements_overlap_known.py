# Known divergence (NumPy 2; listed in corpus/expected-divergences/numpy-2.txt). np.matmul into an out whose
# elements alias each other: NumPy 2 writes float products in another order than the engine (z[2] ends as o[0, 1],
# 4.0; the engine leaves o[2, 0], 19.0). Integer dtypes and NumPy 1.24 agree with the engine.
import numpy as np
from numpy.lib.stride_tricks import as_strided
z = np.zeros(8)
a = np.arange(6.0).reshape(3, 2)
b = np.arange(4.0).reshape(2, 2) + 1
np.matmul(a, b, out=as_strided(z, shape=(3, 2), strides=(8, 16)))
