# reshape: a 0-d array reshapes to (1,) and (1, 1) as views; a 1-element array reshapes to ().
import numpy as np
z = np.array(5)
a = z.reshape(1)
b = z.reshape(1, 1)
a.base is z
b.strides
o = np.arange(1)
c = o.reshape(())
c.shape
c.base is o
d = o.reshape(1, 1, 1)
d.strides
