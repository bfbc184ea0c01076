# numpy: >=2
# NumPy 2's np.lib.array_utils.byte_bounds of negative-stride, zero-stride and empty views: the low bound is the
# lowest byte any element touches and the high one just past the highest, whatever the walk's direction; an
# empty view's bounds are its data pointer twice; views of one block compare by offset.
import numpy as np
from numpy.lib.stride_tricks import as_strided
a = np.arange(20, dtype=np.int16).reshape(4, 5)
r = a[::-1, ::-2]
bounds = np.lib.array_utils.byte_bounds(r)
bounds[1] - bounds[0]
z = as_strided(a[1], shape=(3, 4), strides=(0, 2))
np.lib.array_utils.byte_bounds(z)[1] - np.lib.array_utils.byte_bounds(a)[0]
e = a[2:2]
np.lib.array_utils.byte_bounds(e)[0] == np.lib.array_utils.byte_bounds(e)[1]
np.lib.array_utils.byte_bounds(a[1:])[0] - np.lib.array_utils.byte_bounds(a)[0]
