# setitem (NumPy 1.24; NumPy 2 copies an overlapping value first and agrees): fancy assignments into uint32 blocks from
# float values over the same memory, unaligned, where NumPy uses its unaligned cast loops. The float32 -> uint32 one is
# vectorised behind a test of the distance: a destination less than one 16-byte vector ahead of its source runs one by
# one with C's conversion (NaN and 5e9 through int64: 0 and 705032704), any other distance through int32 lanes (2**31
# and 0). The float64 -> uint32 one runs one by one wherever the two ranges meet. Measured on NumPy 1.24.2
# (2026-12-06); the engine converted every contiguous run of four through the lanes before.
import numpy as np
b = np.zeros(400, dtype=np.uint8)
f4 = np.ndarray((8,), dtype=np.float32, buffer=b, offset=1)
f4[...] = np.array([np.nan, 5e9, -3.0, 7e9, np.nan, 1e10, -9.0, 3e9], dtype=np.float32)
near = np.ndarray((1, 8), dtype=np.uint32, buffer=b, offset=9)
near[[0], :] = f4
f4[...] = np.array([np.nan, 5e9, -3.0, 7e9, np.nan, 1e10, -9.0, 3e9], dtype=np.float32)
far = np.ndarray((1, 8), dtype=np.uint32, buffer=b, offset=17)
far[[0], :] = f4
f8 = np.ndarray((8,), dtype=np.float64, buffer=b, offset=101)
f8[...] = np.array([np.nan, 5e9, -3.0, 7e9, np.nan, 1e10, -9.0, 3e9])
meets = np.ndarray((1, 8), dtype=np.uint32, buffer=b, offset=149)
meets[[0], :] = f8
