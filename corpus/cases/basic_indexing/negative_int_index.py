# basic_indexing: negative integers count from the end on each axis; a row picked with a negative
# index is a view.
import numpy as np
m = np.arange(12).reshape(3, 4)
m[-1, -1]
m[-3, 0]
r = m[-2]
r.base is m.base
r.strides
m[0, -4]
