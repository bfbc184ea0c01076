# Unary - + ~ and abs() make fresh arrays laid out like the operand (order K), or scalars for 0-d operands:
# -bool and ~float are TypeError; +bool is UFuncTypeError in NumPy 2 and a copy in NumPy 1.24; abs of complex64
# is float32 and abs of int8 -128 wraps.
import numpy as np
a = np.arange(-3, 3, dtype=np.int8).reshape(2, 3, order='F')
n = -a
p = +a
p is a
i = ~a[:, ::-1]
b = np.array([True, False])
# expect: TypeError
-b
c = ~b
# expect: TypeError
~np.ones(2)
z = (np.arange(4) + 1j).astype(np.complex64).reshape(2, 2).T
m = abs(z)
k = abs(np.array([-128, 5], dtype=np.int8))
s = -np.array(3.5)
pb = +b
