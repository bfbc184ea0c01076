# shape_attr: assigning .shape on a contiguous array reshapes it in place: same object, same
# data, new strides; an int and a list are accepted as shape.
import numpy as np
a = np.arange(6)
b = a
a.shape = (2, 3)
b is a
a.strides
a.shape = 6
a.shape
a.shape = [3, 2]
b.strides
