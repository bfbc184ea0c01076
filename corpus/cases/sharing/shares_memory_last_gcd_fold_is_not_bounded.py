# sharing: the exact overlap solver folds the terms' bounds through their gcds level by level, but never the last
# level's bound, which the search does not read (NumPy's diophantine_precompute): with three coprime strides near
# 2**62 the sum of all three terms overflows int64 while every partial fold fits, and np.shares_memory still
# answers (True: both views start at a[0]) instead of raising OverflowError. The views are never bound to names
# (the runner reads every named array's elements).
import numpy as np
from numpy.lib.stride_tricks import as_strided
a = np.zeros(8, dtype=np.int8)
np.shares_memory(as_strided(a, shape=(2,), strides=(4427218577690292387,)),
                 as_strided(a, shape=(2, 3), strides=(4334984851329854669, 922337203685477581)))
np.shares_memory(as_strided(a, shape=(2, 3), strides=(4334984851329854669, 922337203685477581)),
                 as_strided(a, shape=(2,), strides=(4427218577690292387,)))
