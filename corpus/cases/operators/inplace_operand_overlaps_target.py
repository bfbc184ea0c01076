# An in-place operator whose operand overlaps the target reads the operand's old values (NumPy copies an
# overlapping input first): shifted and reversed views of the target itself.
import numpy as np
a = np.arange(1, 9, dtype=np.int64)
a[1:] //= a[:-1]
b = np.arange(8, dtype=np.uint8)
b ^= b[::-1]
c = np.arange(16, dtype=np.int32).reshape(4, 4)
c[:, 1:] <<= c[:, :-1] % 4
d = np.arange(10.0)
d[2:] %= d[:-2] + 1
e = np.arange(6, dtype=np.int16)
e[::-1] |= e
