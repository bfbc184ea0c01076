# & | ^ << >> exist for integers (and & | ^ for bools): bool & bool stays bool, bool << bool is int8, a float
# operand or uint64 with int64 has no loop (TypeError). Shifts by the width or more give 0 (-1 for negative
# values shifted right); results are fresh arrays in the operands' layout.
import numpy as np
a = np.arange(-4, 4, dtype=np.int8).reshape(2, 4, order='F')
b = a << 9
c = a >> np.int8(9)
d = a << np.array([1, 2, 7, -1], dtype=np.int8)
m = np.array([True, False, True])
e = m & m[::-1]
f = m << m
g = m ^ True
# expect: TypeError
a & 1.5
# expect: TypeError
np.ones(2, np.uint64) | np.ones(2, np.int64)
h = a.T | np.uint8(1)
