# NumPy's trivial ufunc loop needs aligned inputs: an input at an odd byte offset is copied when it is small and
# 1-D, and otherwise sends NumPy to its iterator, whose output follows the inputs' stride order (a length-1 axis
# included) instead of the plain F order (property test, seed 610).
import numpy as np
v0 = np.arange(9, dtype=np.int64).reshape(3, 3)
v1 = np.ndarray((2, 3, 1), dtype='int16', buffer=v0, offset=1, order='F')
v2 = -3 + v1
u = v1.flags.aligned
w = np.ndarray((4,), dtype=np.int32, buffer=v0, offset=2)
x = w + 1
y = np.ndarray((2, 2), dtype=np.float64, buffer=v0, offset=4, order='F')
z = y * 2.0
