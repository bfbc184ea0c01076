# transpose: squeeze returns the SAME object when there is no size-1 axis to remove (also for
# 0-d arrays and non-contiguous views); with something to remove it is a new view.
import numpy as np
y = np.zeros((2, 3))
a = y.squeeze()
a is y
b = np.squeeze(y)
b is y
z = np.array(3)
c = z.squeeze()
c is z
v = y[:, ::2]
d = v.squeeze()
d is v
w = np.zeros((1, 3))
e = w.squeeze(axis=0)
e is w
e.base is w
