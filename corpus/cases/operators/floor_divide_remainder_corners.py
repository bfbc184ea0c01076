# // and % keep the integer dtype and give 0 for a zero divisor and MIN // -1 == MIN; float // and % follow
# Python's signs. In place on a strided view they write through to the base and keep its identity.
import numpy as np
a = np.array([-128, -7, -1, 0, 7, 127], dtype=np.int8)
b = a // np.int8(-1)
c = a % np.int8(-1)
d = a // 0
e = a % 0
f = a // np.array([3, -3, 2, -2, 4, -4], dtype=np.int8)
g = np.array([-2.5, -0.0, 0.0, 7.5]) // -2
h = np.array([-2.5, -0.0, 0.0, 7.5]) % -2
w = a[::2]
w //= 2
w %= np.int8(3)
bad = np.arange(3) * 1j
# expect: TypeError
bad // 2
