# Assigning an array to a view of itself in the other byte order is no cast but NumPy's byteswap loop, unbuffered:
# each element is moved and then swapped in place before the next is read, so a source the writes reach sees them
# (both NumPys). A stride-0 source is read once only where NumPy's aligned srcstride0 loops apply: never for complex,
# whose swaps NumPy always takes unaligned (each element then moves the bytes an earlier one left, swapped back).
# The engine once read a block of up to 128 source elements before writing any (property test, NumPy 1.24, seed
# 1123: the stride-0 complex case).
import numpy as np
v0 = np.array([[-3, -3]], dtype='>c8')
v1 = np.lib.stride_tricks.as_strided(v0, shape=(1, 1, 1), strides=(8, 16, 16))
v5 = v0.view('<c8')
v6 = v5[-1,]
v6[...] = v1
a = np.arange(1, 13, dtype='>i4')
b = a.view('<i4')
b[::2] = a[:6]
c = np.arange(1, 13, dtype='<c16')
d = c.view('>c16')
d[::3] = c[1:5]
d[4:8] = c[2]
e = np.arange(1, 13, dtype='>f8')
f = e.view('<f8')
f[6:] = e[3]
