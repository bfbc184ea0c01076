# shape_attr: a stepped 1-D view can take a 2-D shape in place (uniform stride); a column slice of
# a 2-D array cannot be flattened in place.
import numpy as np
a = np.arange(12)
s = a[::2]
s.shape = (2, 3)
s.strides
s.base is a
r = a.reshape(3, 4)[:, :2]
# expect: AttributeError
r.shape = (6,)
r.shape
