# metadata_assignment: `.strides =` on a view that starts inside its base may only reach the base's memory from
# the view's own start on, so strides that fit the whole base but not what follows the view are ValueError.
import numpy as np
a = np.arange(6)
b = a[2:]
b.strides = (16,)
b.strides
c = a[2:4]
c.strides = (16,)
c.strides = (24,)
d = np.arange(12).reshape(3, 4)[1:]
d.strides = (32, 8)
d.strides = (24, 8)
