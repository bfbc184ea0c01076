# diagonal_flip: diagonals of a column-reversed view (anti-diagonal), of a non-square slice and of
# the transpose; views of a diagonal stay read-only.
import numpy as np
m = np.arange(9).reshape(3, 3)
a = np.diagonal(m[:, ::-1])
a
a.strides
b = m[:2].diagonal()
b
c = m.T.diagonal()
c.strides
r = m.diagonal()[::-1]
r.flags.writeable
