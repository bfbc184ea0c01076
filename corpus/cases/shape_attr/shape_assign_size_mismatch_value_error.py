# shape_attr: a shape with the wrong total size is a ValueError (not AttributeError); the array
# keeps its shape.
import numpy as np
c = np.arange(6)
# expect: ValueError
c.shape = (4,)
# expect: ValueError
c.shape = (-1, 4)
c.shape
c
