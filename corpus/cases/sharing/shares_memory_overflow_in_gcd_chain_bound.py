# sharing: the exact overlap solver folds the terms' bounds through their gcds; with strides near 2**62 a folded
# bound overflows int64 although every array's extent fits, and np.shares_memory raises OverflowError ("Integer
# overflow in computing overlap") while the bounds-only may_share_memory answers. (The second view is never bound
# to a name: the runner's own shares_memory of every pair of names would overflow too.)
import numpy as np
from numpy.lib.stride_tricks import as_strided
a = np.zeros(8, dtype=np.int8)
x = as_strided(a, shape=(2, 2), strides=(6917529027641081856, 3))
np.shares_memory(x, as_strided(a, shape=(2, 2), strides=(6917529027641081854, 5)))
np.may_share_memory(x, as_strided(a, shape=(2, 2), strides=(6917529027641081854, 5)))
np.shares_memory(as_strided(a, shape=(2, 2), strides=(6917529027641081854, 5)), x)
