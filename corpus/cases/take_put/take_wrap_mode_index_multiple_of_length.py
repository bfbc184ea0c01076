# take_put: np.take with mode='wrap' takes every position modulo the length, so 0, the length, minus the length
# and twice the length all read element 0 (a remainder of 0 needs no correction, unlike a negative one).
import numpy as np
a = np.arange(1, 6)
t = np.take(a, [0, 5, -5, 10, -1, 7], mode='wrap')
m = np.arange(1.0, 7.0).reshape(2, 3)
u = np.take(m, [3, -3, 0, 6], axis=1, mode='wrap')
v = m.take([-2, 2, 4], axis=0, mode='wrap')
