# np.maximum.at / np.minimum.at: repeated positions keep the running extreme, and a tie (the sign of a zero) goes
# the way of the loop the at call resolves: b is taken as np.asarray gives it, so a Python float makes a float16
# array run the float64 loop (tie: the second operand) under NumPy 2, and the float16 loop (tie: the first) under
# NumPy 1.24's value-based casting.
import numpy as np
h = np.zeros(3, dtype=np.float16)
np.maximum.at(h, [0, 1, 2], -0.0)
g = -np.zeros(3, dtype=np.float16)
np.minimum.at(g, [0, 2], np.zeros(2, dtype=np.float16))
d = np.zeros(4)
np.maximum.at(d, [0, 0, 3], np.array([-0.0, 5.0, -0.0]))
i = np.arange(6)
np.minimum.at(i, [5, 5, 1, 0], [3, 1, 7, -2])
b = np.array([True, False, False])
np.maximum.at(b, [1, 2, 1], True)
