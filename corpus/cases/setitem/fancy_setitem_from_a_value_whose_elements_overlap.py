# A fancy assignment whose value is the destination itself, viewed with a stride of 2 bytes over 8-byte elements:
# consecutive elements share 6 of their bytes, so each element written overlaps the one it is read from. NumPy
# moves each element whole (read before written); NumPy 1.24 reads the value in place (it copies an overlapping
# value first only from NumPy 2 on). Found by a NumPy 1.24 fuzz campaign: the engine's element copy was a memcpy
# of overlapping bytes (ASan: memcpy-param-overlap).
import numpy as np
a = np.arange(20, dtype=np.int64)
v = np.ndarray((3,), dtype=np.intp, buffer=a, offset=8, strides=(2,))
v[..., [1, -3, -3]] = v
w = np.ndarray((4,), dtype=np.int32, buffer=a, offset=4, strides=(1,))
w[[3, 0, 2, 1]] = w
