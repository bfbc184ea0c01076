# np.concatenate(axis=None) with a 0-d array: NumPy 1.24 promotes it by value (np.array(300) with int8 gives
# int16), NumPy 2 treats it as strongly typed as any array (int64). The result is always a fresh array.
import numpy as np
z = np.array(300)
s = np.arange(2, dtype=np.int8)
c = np.concatenate([z, s], axis=None)
c.dtype
c.base is None
d = np.concatenate([np.array(1.5), np.arange(2, dtype=np.float32)], axis=None)
