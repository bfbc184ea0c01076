# transpose: np.moveaxis with single axes and lists of axes returns views; moving an axis to where
# it is gives a new view; mismatched source/destination lengths are ValueError.
import numpy as np
x = np.arange(24).reshape(2, 3, 4)
a = np.moveaxis(x, 0, -1)
b = np.moveaxis(x, [0, 1], [-1, -2])
c = np.moveaxis(x, 2, 0)
a.strides
b.strides
c.strides
a.base is x.base
d = np.moveaxis(x, 0, 0)
d is x
# expect: ValueError
np.moveaxis(x, [0, 1], [0])
# expect: AxisError
np.moveaxis(x, 0, 3)
