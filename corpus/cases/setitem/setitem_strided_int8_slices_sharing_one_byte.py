# setitem: int8 and bool destinations that share exactly one byte with their source (the destination's first
# element is the source's last, or the other way round). For a 1-d destination NumPy walks the copy backwards
# (x[4:10:2] = x[0:5:2] puts the old x[4] into x[8]); for a 2-d one it copies the source first, which a
# one-byte overlap must trigger too: the tiled transposed copy (d2) would otherwise write d2[0, 0] before it
# reads the old t2[4095] for d2[63, 63].
import numpy as np
x = np.arange(10, dtype=np.int8)
x[4:10:2] = x[0:5:2]
y = np.arange(10, dtype=np.int8)
y[0:5:2] = y[4:10:2]
z = np.array([True, False, False, True, False, True, True, False, False])
z[4:9:2] = z[0:5:2]
t = np.arange(24, dtype=np.int8)
s = t[:12:2].reshape(2, 3)
d = t[10:22:2].reshape(2, 3)
d[...] = s
u = np.arange(24, dtype=np.uint8)
u[:12:2].reshape(2, 3)[:] = u[10:22:2].reshape(2, 3)
b = np.arange(24, dtype=np.int8) % 3 == 0
b[10:22:2].reshape(3, 2)[...] = b[:12:2].reshape(3, 2)
t2 = (np.arange(8192) % 251).astype(np.int8)
s2 = t2[:4096].reshape(64, 64).T
d2 = t2[4095:8191].reshape(64, 64)
d2[...] = s2
