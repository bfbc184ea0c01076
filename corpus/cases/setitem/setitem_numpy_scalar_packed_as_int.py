# A NumPy scalar stored into a signed integer element is packed as PyArray_Pack does it: the dtype's setitem
# knows every NumPy scalar and takes int() of it (of the real part of a complex), so np.uint64(2**64 - 1) is an
# OverflowError under both NumPys (beyond a C long), np.uint64(300) and np.int32(300) wrap under 1.24 and are
# OverflowError under NumPy 2, and a float scalar truncates. The same holds inside a list given to np.array and
# for a slice; a raising statement writes nothing. Into unsigned elements the scalar is cast (wraps).
import numpy as np
a = np.zeros(4, dtype=np.int8)
a[0] = np.uint64(2**64 - 1)
a[1] = np.uint64(300)
a[2] = np.int32(300)
a[3] = np.float32(-7.9)
a[0:2] = np.uint16(300)
a[0] = np.complex64(5 + 2j)
b = np.array([np.uint64(2**64 - 1)], dtype=np.int16)
c = np.array([np.int32(300), 1], dtype=np.int8)
d = np.array([np.float64(300.5)], dtype=np.int8)
u = np.zeros(2, dtype=np.uint8)
u[0] = np.int64(-1)
u[1] = np.uint64(2**64 - 1)
u
a
