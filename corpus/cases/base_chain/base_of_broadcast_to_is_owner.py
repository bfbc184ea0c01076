# base_chain: broadcast_to of a view has the owner as base (collapsed), not the view.
import numpy as np
a = np.arange(6)
m = a.reshape(2, 3)
b = np.broadcast_to(m, (2, 2, 3))
b.base is m
b.base is a
b.strides
c = np.broadcast_to(a, (2, 6))
c.base is a
