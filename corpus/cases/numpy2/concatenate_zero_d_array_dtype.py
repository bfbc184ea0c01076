# np.concatenate(axis=None) with a 0-d array: NumPy 1.24 promoted the 0-d operand by value (np.array(3) with int8
# gives int8, np.array(300) int16, int8 0-d with uint8 gives uint8); NumPy 2 treats it as strongly typed as any
# array (int64, int64, int16), so the new buffer has other dtype and itemsize. A 1-d operand is strong in both.
import numpy as np
s = np.arange(2, dtype=np.int8)
a = np.concatenate([np.array(3), s], axis=None)
b = np.concatenate([np.array(300), s], axis=None)
c = np.concatenate([np.array(1, dtype=np.int8), np.arange(2, dtype=np.uint8)], axis=None)
d = np.concatenate([np.array(1.5), np.arange(2, dtype=np.float32)], axis=None)
e = np.concatenate([np.array([3]), s])
a.strides
a.base is None
