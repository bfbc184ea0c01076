# reshape: 1-D -> 2-D with order='F' is still a view (F strides); 2-D C -> other 2-D shape with
# order='F' needs a copy.
import numpy as np
a = np.arange(12)
f = a.reshape(3, 4, order='F')
f.strides
f.base is a
m = a.reshape(3, 4)
g = m.reshape(4, 3, order='F')
np.shares_memory(g, a)
g
h = m.reshape(12, order='F')
h
