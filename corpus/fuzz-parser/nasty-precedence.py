import numpy as np
a = np.arange(3)
x = not -a * (a + a) == a
y = -(a - (a - a)) * 2 + (1).real
z = (a is not None) is (not a)
w = a[1:, ::2, ..., None][-1:1:-2]
v = np.zeros((2, 3), dtype=np.int8, order='F',)[0, 1,]
u = a, -a
t = (a.T.base, [a, (a,)], ())
