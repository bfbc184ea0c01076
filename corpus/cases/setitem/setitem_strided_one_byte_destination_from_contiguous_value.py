# setitem: a strided destination of a one-byte dtype takes a contiguous value of its own dtype element by
# element (a one-byte source stride is a run, not a repeated value), for int8, uint8 and bool.
import numpy as np
a = np.zeros(10, dtype=np.int8)
a[::2] = np.arange(1, 6, dtype=np.int8)
u = np.zeros((3, 4), dtype=np.uint8)
u[:, 1] = np.array([7, 8, 9], dtype=np.uint8)
b = np.zeros(6, dtype=bool)
b[::-2] = np.array([True, False, True])
