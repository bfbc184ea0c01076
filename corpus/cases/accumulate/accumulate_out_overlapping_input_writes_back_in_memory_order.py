# cumsum with out= overlapping its input: NumPy computes into a temporary and copies it back at the end in
# out's memory order, so where out's elements alias each other (as_strided) the value left is the one that
# order writes last, not C order's. Found by the property test (seed 852, NumPy 2).
import numpy as np
from numpy.lib.stride_tricks import as_strided
a = np.arange(20, dtype=np.uint64).reshape(2, 2, 5)
v = as_strided(a[::-1], shape=(2, 3), strides=(-8, -8))
w = v.cumsum(axis=-2, out=v)
b = np.arange(20, dtype='>u8').reshape(2, 2, 5)
x = as_strided(b[::-1], shape=(2, 3), strides=(-8, -8))
y = x.cumsum(axis=-2, dtype=float, out=x)
c = np.arange(12.0)
z = as_strided(c, shape=(3, 3), strides=(16, 8))
np.cumsum(z, axis=0, out=z)
d = np.arange(10)
np.cumsum(d[::-1], out=d[::-1])
