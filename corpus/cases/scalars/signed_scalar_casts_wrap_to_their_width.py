# Calling a signed NumPy scalar type on another NumPy scalar casts as C does: the value wraps to the width of the
# type (np.int8(np.int16(300)) is 44), for every signed width; reading it back (item, arithmetic) shows the wrapped
# value, as do sums accumulated in a narrow signed type.
import numpy as np
a = np.int8(np.int16(300))
b = np.int16(np.int32(70000))
c = np.int32(np.int64(2**40 + 5))
d = np.int8(np.uint8(200))
e = a.item()
f = np.int8(np.float32(-129.0))
g = np.array([100, 100, 100], dtype=np.int8).sum(dtype=np.int8)
h = np.array([30000, 30000], dtype=np.int16).sum(dtype=np.int16)
i = np.array([100, 100], dtype=np.int8).cumsum(dtype=np.int8)
