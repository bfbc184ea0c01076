# transpose: squeeze removes size-1 axes (all, or those in axis=, int or tuple) as views;
# squeezing an axis whose size is not 1 is ValueError.
import numpy as np
y = np.zeros((1, 3, 1, 2))
a = y.squeeze()
b = y.squeeze(axis=0)
c = y.squeeze(axis=(0, 2))
d = np.squeeze(y, axis=2)
a.strides
b.strides
c.base is y
d.strides
# expect: ValueError
y.squeeze(axis=1)
# expect: AxisError
y.squeeze(axis=5)
