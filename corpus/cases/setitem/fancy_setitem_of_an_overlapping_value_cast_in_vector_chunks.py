# setitem (NumPy 1.24; NumPy 2 copies an overlapping value first and agrees): fancy assignments into blocks from a
# value over the same memory, cast by NumPy's contiguous, aligned cast loop. Where its compiler could assume the two C
# types never alias, it vectorised the loop with no overlap test: each vector's worth of source elements is read
# before any of them is written (8 for -> int16, 4 for -> int32 or from float64 to float32, 2 between the complex
# types), then some pairs take one half vector, then the rest go one by one; a complex source leaves its last element
# to the one-by-one part. So a destination just ahead of its source sees the writes only from the next chunk on.
# Measured on NumPy 1.24.2 for every pair of dtypes (2026-12-06); the engine read one element at a time before.
import numpy as np
b = np.zeros(512, dtype=np.uint8)
y1 = np.ndarray((8,), dtype=np.float64, buffer=b, offset=0)
y1[...] = np.arange(1, 9)
y0 = np.ndarray((4, 8), dtype=np.uint16, buffer=b, offset=0)
y0[[1, 3], ::-1] = y1[::-1]
i4 = np.ndarray((16,), dtype=np.int32, buffer=b, offset=64)
i4[...] = np.arange(-70000, 70000, 8751)
i2 = np.ndarray((1, 16), dtype=np.int16, buffer=b, offset=96)
i2[[0], :] = i4
c8 = np.ndarray((7,), dtype=np.complex64, buffer=b, offset=128)
c8[...] = np.array([169.5 - 3035.6j, 5196.1 + 7763.6j, 962398.1 - 640867.7j, 259.5 + 1754.2j, 29681147.0 + 7326901.8j,
                    6256.9 - 21311.5j, -0.9 - 2.9j])
s2 = np.ndarray((1, 7), dtype=np.int16, buffer=b, offset=154)
s2[[0], :] = c8
c16 = np.ndarray((10,), dtype=np.complex128, buffer=b, offset=192)
c16[...] = np.arange(10) * (1.5 - 2.5j) + 100
z8 = np.ndarray((1, 10), dtype=np.complex64, buffer=b, offset=224)
z8[[0], :] = c16
f8 = np.ndarray((16,), dtype=np.float64, buffer=b, offset=384)
f8[...] = np.arange(16) * 1000.5 - 3000
u2 = np.ndarray((1, 16), dtype=np.uint16, buffer=b, offset=448)
u2[[0], :] = f8
