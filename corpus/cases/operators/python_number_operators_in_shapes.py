# Python's own operators on numbers (floor division and modulo signs, int ** -1 a float, ZeroDivisionError)
# feed shapes and indices; the arrays built from them are views or copies as usual.
import numpy as np
n = 7 // -2
m = -7 % 3
a = np.zeros((2 ** 3 // 4, 3 << 1))
b = a.reshape(12 % 5, -1)
b[n // -4] = 2 ** -1
c = a[::m]
# expect: ZeroDivisionError
k = 1 // 0
t = (True & False, ~5, abs(-3), 5 ^ 3, 1.5 // 0.5)
