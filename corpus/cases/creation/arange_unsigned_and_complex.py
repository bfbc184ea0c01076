# creation: np.arange with unsigned and 16-bit dtypes and a string dtype name.
import numpy as np
a = np.arange(3, dtype=np.uint8)
b = np.arange(6, 0, -2, dtype=np.uint16)
c = np.arange(4, dtype='int16')
d = np.arange(1, 4, dtype=np.uint64)
a.itemsize
b.strides
c.nbytes
d.dtype
