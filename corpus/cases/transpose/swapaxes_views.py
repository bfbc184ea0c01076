# transpose: swapaxes (method and function, negative axes) returns a view; swapping an axis with
# itself still makes a new view object.
import numpy as np
x = np.arange(24).reshape(2, 3, 4)
a = np.swapaxes(x, 0, 2)
b = x.swapaxes(-1, 0)
c = x.swapaxes(1, 1)
a.strides
b.strides
c is x
c.base is x.base
# expect: AxisError
np.swapaxes(x, 0, 3)
