# shape_attr: a transposed view cannot be flattened in place: AttributeError; the view keeps its
# shape and strides afterwards.
import numpy as np
t = np.arange(6).reshape(2, 3).T
# expect: AttributeError
t.shape = (6,)
t.shape
t.strides
t
