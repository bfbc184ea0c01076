# shape_attr: reshaping an alias in place reshapes the one object; a view made earlier keeps its own
# shape.
import numpy as np
a = np.arange(8)
v = a[:4]
b = a
b.shape = (2, 4)
a.shape
v.shape
v.base is a
w = a[1]
w.base is a
