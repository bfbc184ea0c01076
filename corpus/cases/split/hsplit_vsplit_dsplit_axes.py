# split: hsplit splits axis 1 (axis 0 of a 1-D array), vsplit axis 0, dsplit axis 2; each part is a view
# with the input's strides; too few dimensions is ValueError.
import numpy as np
c = np.arange(24).reshape(2, 3, 4)
h = np.hsplit(c, 3)
v = np.vsplit(c, [1])
d = np.dsplit(c, 2)
flat = np.hsplit(np.arange(4), 2)
f = np.asfortranarray(c)
fd = np.dsplit(f, [1, 3])
# expect: ValueError
np.hsplit(np.float64(1), 1)
# expect: ValueError
np.vsplit(np.arange(3), 1)
# expect: ValueError
np.dsplit(np.zeros((2, 2)), 1)
