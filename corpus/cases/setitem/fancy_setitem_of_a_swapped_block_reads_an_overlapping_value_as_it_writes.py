# numpy: <2
# setitem (NumPy 1.24): a fancy assignment into an array in swapped byte order whose positions each select a block
# (a slice beside the index list), from a native value that views the same memory. A value differing only in byte
# order is no cast through a buffer: NumPy 1.24's subspace transfer swaps each element as it copies it, so the
# value is read element by element as the writes go, and later elements of a block see the bytes earlier ones
# wrote. Found by the property test (NumPy 1.24, seed 155). A value repeated along the block's inner run (stride 0)
# is read once per run, as NumPy's copy for a source stride of 0 does (seed 187). Positions selecting one element
# each read the value through the map iterator's buffer, before any write. NumPy 2 copies an overlapping value
# first.
import numpy as np
v0 = np.arange(36, dtype='float32').reshape((3, 3, 1, 2, 2, 1), order='C')
v1 = v0.reshape((-1, 2, 1, 3), order='C')
v2 = v1[-5, -2][-8::1,]
v3 = v1.newbyteorder()
v1 = v3[:,]
v1[-8:, [-2]] = v2
a = np.arange(24, dtype='>i4').reshape(6, 4)
b = a.view(np.int32)
a[[0, 1], 1:] = b[0, :3]
e = np.arange(16, dtype='<f8').reshape(4, 4).newbyteorder()
f = e.view('<f8')
e[[0, 2], ::2] = f[0, 2::-2]
g = np.arange(12, dtype='>i2')
h = g.view(np.int16)
g[[5, 3, 1]] = h[3:6]
w1 = np.array([[-3, -3]], dtype='>i2')
w4 = w1[..., :-1].newbyteorder()
w1[[-1], :] = w4
