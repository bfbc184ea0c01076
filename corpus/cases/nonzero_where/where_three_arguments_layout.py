# nonzero_where: np.where(c, x, y) is a fresh array broadcast from all three, laid out in the inputs'
# stride order (a transposed input gives a transposed result), of the promoted dtype of x and y.
import numpy as np
x = np.arange(6).reshape(2, 3).T
c = x > 2
r = np.where(c, x, -x)
s = np.where([True, False], np.arange(6).reshape(3, 2).T[:, :2], 1.5)
t = np.where(c, np.int8(1), np.arange(2, dtype=np.int16))
u = np.where(np.array([True, False]), np.arange(2, dtype=np.int8), 100)
np.shares_memory(r, x)
# expect: ValueError
np.where(c, x)
# expect: ValueError
np.where(c, x, np.zeros(4))
