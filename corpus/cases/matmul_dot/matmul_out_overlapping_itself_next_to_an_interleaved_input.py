# matmul_dot: np.matmul(out=o) where o's elements overlap each other and an input lies interleaved with o in the
# same bytes (odd bytes against even ones, so they share none): NumPy proves they share nothing and writes o
# directly, product by product in C order (integer loop), so of o[0, 1] and o[2, 0] (one byte) the later,
# o[2, 0], is kept. Either input may be the interleaved one.
import numpy as np
from numpy.lib.stride_tricks import as_strided
z = np.zeros(16, dtype=np.int8)
z[1::2] = np.arange(1, 9)
o = as_strided(z, shape=(3, 2), strides=(2, 4))
a = as_strided(z[1:], shape=(3, 2), strides=(4, 2))
b = np.array([[1, 2], [3, 4]], dtype=np.int8)
np.matmul(a, b, out=o)
y = np.zeros(16, dtype=np.int8)
y[1::2] = np.arange(1, 9)
p = as_strided(y, shape=(3, 2), strides=(2, 4))
c = np.array([[0, 1], [2, 3], [4, 5]], dtype=np.int8)
d = as_strided(y[1:], shape=(2, 2), strides=(4, 2))
np.matmul(c, d, out=p)
