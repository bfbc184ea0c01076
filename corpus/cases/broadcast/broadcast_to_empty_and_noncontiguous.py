# broadcast: broadcasting to a shape with a 0-length axis, and broadcasting a stepped slice (its
# strides are kept behind the new 0-stride axis).
import numpy as np
a = np.arange(3)
g = np.broadcast_to(a, (0, 3))
g.shape
g.strides
m = np.arange(6).reshape(2, 3)[:, ::2]
k = np.broadcast_to(m, (3, 2, 2))
k.strides
k.base is m
k
