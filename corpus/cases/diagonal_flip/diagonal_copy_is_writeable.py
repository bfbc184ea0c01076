# diagonal_flip: a copy of a diagonal is an ordinary writeable owner; an empty matrix has an empty
# diagonal.
import numpy as np
m = np.arange(4, dtype=np.float32).reshape(2, 2)
c = m.diagonal().copy()
c.flags.writeable
c[0] = 9
m
z = np.zeros((2, 0))
zd = z.diagonal()
zd.shape
