# A negative stride walks backwards from the view's first element: as_strided of a[1:] with stride -16 over
# 3 elements starts before the buffer. Its values are not read on either side (the contract's marker), and a
# reversed slice of it that lies inside again is read normally.
import numpy as np
from numpy.lib.stride_tricks import as_strided
a = np.arange(6, dtype=np.int16)
b = as_strided(a[1:], shape=(3,), strides=(-4,))
b.base is None
c = b[:1]
t = as_strided(a, shape=(2, 4), strides=(2, 4))
u = t[:, :3]
