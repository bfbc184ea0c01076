# setitem (NumPy 1.24; NumPy 2 copies the value first and agrees): a fancy assignment into blocks of an int64 array
# from a uint64 value over the same memory (stepping 0 along its rows and 2 bytes along them), which needs a cast.
# NumPy 1.24's transfer function reads such a value element by element as it writes and leaves the destination's fifth
# element 0 (one inner run cast at once would write 2**48 there). Found by the property test (NumPy 1.24, seed 255);
# a known divergence until 2026-12-06.
import numpy as np
v0 = np.arange(15, dtype=np.int64).reshape((1, 3, 5), order='C')
v1 = np.ndarray((3, 5), dtype='<u8', buffer=v0, offset=0, strides=(0, 2), order='F')
v0[[-1, -1], :] = v1
