# broadcast: np.broadcast_to's view has stride 0 on every axis of length 1, the first included, whether that axis
# was stretched, added or already 1 long (a[:1] keeps 24 bytes as its first stride; the view shows 0).
import numpy as np
a = np.arange(6).reshape(2, 3)
b = np.broadcast_to(a[:1], (1, 3))
c = np.broadcast_to(a[:, :1], (2, 1))
d = np.broadcast_to(a, (1, 2, 3))
e = np.broadcast_to(a[:1], (1, 1, 3))
f = np.broadcast_to(np.arange(3), (1, 3))
g = np.broadcast_to(a[:1, :1], (1, 1))
