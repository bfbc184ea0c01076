# diagonal_flip: the diagonal of a 3-D array runs over the first two axes and is appended as the
# last axis; a 1-D input is ValueError.
import numpy as np
x = np.arange(24).reshape(2, 3, 4)
d = x.diagonal()
d.shape
d.strides
d
# expect: ValueError
np.diagonal(np.arange(3))
x.shape
