# numpy: <2
# np.byte_bounds(a) (NumPy 1): the first byte a's elements touch and one past the last. The runner traces each
# address as an offset into the memory block it points into (the data of the array at the end of a's chain of
# bases), so the bounds of views of one array compare, and bounds subtract to sizes. A reversed or transposed view
# reaches below its own data pointer; a C-contiguous empty view has equal bounds, a strided one may end below its
# start; as_strided's view is bounded inside the array it was made from.
import numpy as np
a = np.arange(12.).reshape(3, 4)
np.byte_bounds(a)
v = a[1:, ::-2]
np.byte_bounds(v)
b = np.byte_bounds(v)
b[1] - b[0]
b[0] - np.byte_bounds(a)[0]
np.byte_bounds(a.T)
np.byte_bounds(a[:, 1])
np.byte_bounds(a[2:2])
np.byte_bounds(a[::2, 5:])
np.byte_bounds(v)[0] + 8 == np.byte_bounds(a[1:, 1:])[0] - 8
s = np.lib.stride_tricks.as_strided(a[1], shape=(3,), strides=(16,))
np.byte_bounds(s)
