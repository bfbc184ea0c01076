# np.putmask (and np.place, a.put) checks that its array is writeable before anything else, and for a view of
# np.broadcast_arrays (writeable, warning on the first write) that check ends the warning, even when the values'
# cast then fails (complex into int16: TypeError). A view made afterwards is then plainly writeable, and
# as_strided of it too (property test, seed 911, NumPy 1.24).
import numpy as np
v0 = np.arange(2, dtype='>i2')
v6 = np.broadcast_arrays(v0, -3)[0]
np.putmask(v6, np.ones((2,), dtype=bool), 1j)
v1 = np.lib.stride_tricks.as_strided(v6[::-1], shape=(1, 1), strides=(0, 0))
w = np.broadcast_arrays(np.arange(3), 1)[0]
x = np.lib.stride_tricks.as_strided(w[::-1], shape=(2,), strides=(8,))
# np.place and a.put check the same way.
y = np.broadcast_arrays(v0, -3)[1]
np.place(y, np.ones((2,), dtype=bool), 1j)
y1 = np.lib.stride_tricks.as_strided(y[::-1], shape=(1, 1), strides=(0, 0))
z = np.broadcast_arrays(v0, -3)[0]
z.put([0], 1j)
z1 = np.lib.stride_tricks.as_strided(z[::-1], shape=(1, 1), strides=(0, 0))
