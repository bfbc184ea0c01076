# A reduction whose input is cast into an integer loop (dtype=) buffers it fill by fill. Under NumPy 2.4's reduce
# logic an input that stays put along the outer reduce axis (a broadcast row, stride 0 there) is buffered one core
# a fill, which the loop reads again along that axis; its cast runs once over the core. The engine cast the whole
# fill as one strided stretch, reading past the row (property tests, NumPy 2, seeds 1567 and 1583: zeros and stray
# values where sums of repeated rows belong). NumPy 1.24 casts line by line, as before.
import numpy as np
from numpy.lib.stride_tricks import as_strided
v = np.arange(1, 5, dtype='f8')
w = np.broadcast_to(v, (2, 4))
a = np.add.reduce(w, dtype='i8')
b = np.multiply.reduce(w, dtype='i8', keepdims=True)
c = np.add.reduce(w, axis=1, dtype='i8')
h = np.arange(4, dtype='>f2')
d = np.minimum.reduce(np.broadcast_to(h, (2, 4)), keepdims=True, dtype=int)
e = np.maximum.reduce(np.broadcast_to(h, (3, 2, 4)), axis=(0, 1), dtype='i1')
x = np.array([np.nan, -np.inf, 3e9, -1.5, np.inf, 0.5, -7.0, 300.0] * 3)
f = np.add.reduce(np.broadcast_to(x, (5, 24)), dtype='u4')
g = np.add.reduce(np.broadcast_to(x[:, None], (24, 5)), axis=1, dtype='u4')
z = np.arange(6, dtype='complex64').reshape((2, 3))
v1 = as_strided(z[::-1], shape=(2, 2), strides=(0, -24))
p = np.multiply.reduce(v1, axis=-2, keepdims=True, where=v1 != 0, dtype='int8')
