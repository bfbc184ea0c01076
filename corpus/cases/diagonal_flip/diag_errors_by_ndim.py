# diagonal_flip: np.diag of a 0-d or 3-d array is ValueError ("Input must be 1- or 2-d."); of a
# read-only or strided 2-D view it is still a view of that memory; a float k is TypeError.
import numpy as np
# expect: ValueError
np.diag(np.float64(3))
# expect: ValueError
np.diag(np.zeros((2, 2, 2)))
b = np.broadcast_to(np.arange(3), (3, 3))
d = np.diag(b)
d.strides
d.flags.writeable
# expect: TypeError
np.diag(np.zeros((2, 2)), 1.5)
