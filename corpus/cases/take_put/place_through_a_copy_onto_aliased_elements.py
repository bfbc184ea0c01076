# np.place into a self-overlapping window writes into a C-order copy, then writes the whole copy back in the
# destination's memory order (axes by decreasing stride, ties in axis order): where positions alias one element,
# the last position written back decides, selected or not. Found by the property test (seed 601): a blocked
# transpose copy in the engine wrote the tiles in another order.
import numpy as np
v1 = np.array([[-3, 300, -3], [-3, -3, -3], [np.complex64(0), -3, -3]])
v1.dtype = 'uint16'
v2 = np.lib.stride_tricks.as_strided(v1, shape=(16, 48), strides=(2, 2))
np.place(v2, v2 > 2, v2)
w = np.arange(40, dtype=np.int16)
x = np.lib.stride_tricks.as_strided(w, shape=(20, 20), strides=(2, 2))
np.place(x, x % 3 == 0, -x)
