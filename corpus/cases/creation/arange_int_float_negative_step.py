# creation: np.arange with one, two and three arguments, a negative step, a float step
# (length from ceil((stop - start) / step)), an empty range and dtype=.
import numpy as np
a = np.arange(5)
b = np.arange(2, 7)
c = np.arange(5, 0, -1)
d = np.arange(0.0, 1.0, 0.25)
e = np.arange(1, 2, 0.3)
f = np.arange(10, 0, 3)
g = np.arange(0, 5, 2.0)
h = np.arange(-3, 3, 2, dtype=np.int8)
i = np.arange(4, dtype=np.float32)
f.shape
i.strides
