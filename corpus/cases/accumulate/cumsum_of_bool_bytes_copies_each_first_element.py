# accumulate: a bool accumulation (dtype=bool, or out= of bool) of a bool view whose bytes are other than 0 and 1.
# NumPy copies the first element of each line with a plain transfer, not through the loop, so its byte stays as it
# is (0x12, 0xC0 of -4.5), while every later element is the loop's logical or (1). In place along a length-1 axis,
# nothing but that copy runs: the float64 under the view is unchanged. Found by the property test (NumPy 1.24, seed
# 329: v4.cumsum(axis=-2, out=v4) of a (1, 16) bool view of two float64).
import numpy as np
v0 = np.full((2,), -4.5, order='C')
v2 = v0.view(bool)
v4 = v2[None,]
v1 = v4.cumsum(axis=-2, out=v4)
w = np.full((3,), -4.5).view(bool).reshape(3, 8)
c = w.cumsum(axis=0, dtype=bool).view(np.uint8)
d = w.cumsum(axis=1, dtype=bool).view(np.uint8)
e = np.zeros((3, 8), dtype=bool)
w.cumsum(axis=0, out=e)
ev = e.view(np.uint8)
