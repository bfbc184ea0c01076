# &=, |=, ^=, <<= and >>= write into the left operand: an overlapping reversed view as the right operand is read
# as it was, a float operand is a TypeError (no loop for it / cannot cast), a bool array takes &= with bools,
# and a shift by an array of its own dtype stays in place (same object, same memory).
import numpy as np
a = np.arange(8)
before = id(a)
a &= a[::-1]
a |= 1
a ^= a[::-1]
a <<= 2
a >>= a[::-1] % 3
id(a) == before
f = np.arange(4.0)
f &= 1
i = np.arange(4, dtype=np.int8)
i >>= 1.5
b = np.array([True, False, True])
b &= np.array([True, True, False])
b >>= 1
u = np.arange(6, dtype=np.uint8)
u[1:] <<= u[:-1]
