# The ufuncs as functions without out= make fresh arrays laid out like their operands (order K): transposed
# inputs give F-ordered results, scalars only give scalars; unary ufuncs keep the operand's layout.
import numpy as np
a = np.arange(12, dtype=np.float32).reshape(3, 4).T
b = np.add(a, 1)
c = np.floor_divide(a, a[:, ::-1])
d = np.absolute(a[::-1])
e = np.power(a, 2)
f = np.add(np.int8(3), 4)
g = np.less(a, 5)
h = np.remainder(np.arange(5), -3)
i = np.bitwise_and(np.arange(6).reshape(2, 3, order='F'), 1)
