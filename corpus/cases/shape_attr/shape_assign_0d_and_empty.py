# shape_attr: a 0-d array can get shape (1, 1); an empty (2, 0) array can get shape (0, 5) and
# then has C strides computed for (0, 5).
import numpy as np
z = np.array(3)
z.shape = (1, 1)
z.strides
e = np.zeros((2, 0))
e.strides
e.shape = (0, 5)
e.strides
