# scalars: a[1] returns a new scalar holding the value at that time; later writes to a do not change
# it; two reads of a[0] are distinct objects.
import numpy as np
a = np.array([1, 2, 3], dtype=np.int16)
e = a[1]
a[1] = 50
e
e.dtype
s0 = a[0]
s1 = a[0]
s0 is s1
