# setitem: a 0-d value sharing memory with the destination is read once (copied first), also when it is
# the destination's first element seen through another dtype; read per write, later elements would change.
import numpy as np
f = np.array([1.5, 2.5, 3.5, 4.5])
i = f.view(np.int64)
i[...] = f[0, ...]
g = np.array([1.5, 2.5, 3.5, 4.5])
j = g.view(np.int64)
j[...] = g[3, ...]
h = np.array([[1.5, 2.5], [3.5, 4.5]])
k = h.view(np.int64)
k[0] = h[0, 0, ...]
