# np.frombuffer needs a C-contiguous array (its buffer export refuses other layouts), an offset inside the buffer,
# a remainder that is a whole number of elements and a count that fits; anything but a buffer is a TypeError.
import numpy as np
a = np.arange(6.0)
np.frombuffer(a[::2])
np.frombuffer(a.reshape(2, 3).T)
np.frombuffer(a, offset=49)
np.frombuffer(a, offset=-1)
np.frombuffer(a, dtype=np.int32, offset=4, count=-1)
np.frombuffer(a, dtype=np.float64, offset=3)
np.frombuffer(a, count=7)
np.frombuffer([1, 2, 3])
x = np.frombuffer(a, offset=48)
