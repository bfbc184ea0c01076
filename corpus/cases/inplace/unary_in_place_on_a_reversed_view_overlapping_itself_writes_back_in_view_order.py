# An in-place unary operation on a 1-d view whose elements overlap each other (a float64 view with a 1-byte stride):
# NumPy computes from a copy (the output overlaps its input) and writes the results back in the view's own
# order, so for a view stepping backwards the element first in that order is overwritten by the next where they
# share bytes. The engine wrote back in memory order (property test, NumPy 2, seed 1091).
import numpy as np
v0 = np.arange(4, dtype='>i4').reshape((2, 2), order='C')
v1 = np.ndarray((3,), dtype=float, buffer=v0, offset=0, strides=(1,), order='F')
v2 = v1[:-1,]
v2[::-1,] **= 0.5
b = np.arange(40, dtype='uint8') * 7 + 1
w = np.ndarray((5,), dtype='f8', buffer=b, offset=1, strides=(3,))
np.negative(w[::-2], out=w[::-2])
u = np.ndarray((3,), dtype='i4', buffer=b, offset=1, strides=(2,))
np.square(u[::-1], out=u[::-1])
