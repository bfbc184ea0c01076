# A float16 view of uint16 memory shares it: writes through the view store rounded float16 bit patterns, and
# bit patterns written into the uint16 array read back as inf, NaN and subnormals.
import numpy as np
a = np.array([0, 1, 0x3c00, 0x7bff, 0x7c00, 0x7e00, 0x8000, 0x0400], dtype=np.uint16)
b = a.view(np.float16)
b.base is a
b[0] = 0.1
b[1] = 65520
a[2] = 0x3555
c = b[::2]
np.shares_memory(c, a)
d = b.view(np.uint8)
