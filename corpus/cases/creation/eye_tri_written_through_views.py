# Views of a fresh eye/tri write through to it and nothing else; the diagonal of an identity is a view
# (read-only under both oracles' diagonal rules), its transpose a view with swapped strides.
import numpy as np
a = np.identity(3, dtype=np.int64)
d = a.diagonal()
t = a.T
t[0, 2] = 7
r = np.tri(4, dtype=np.float32)[::-1]
r[0] = -1
f = np.eye(3, order='F')
v = f[:, 1]
v[:] = 5
