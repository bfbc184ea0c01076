# sharing: views with different dtypes share bytes: an int32 element and the uint8 view of its
# bytes; the low and high bytes of int16 pairs do not share with each other.
import numpy as np
a = np.arange(4, dtype=np.int32)
b = a.view(np.uint8)
np.shares_memory(a[1], b[4:8])
np.shares_memory(a[1:2], b[4:8])
np.shares_memory(a[1:2], b[8:])
c = np.arange(4, dtype=np.int16).view(np.int8)
np.shares_memory(c[::2], c[1::2])
np.shares_memory(c[::2], c[2::4])
