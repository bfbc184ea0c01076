# An integer raised to a negative power fails one element, but NumPy's loop only flags the error: the walk goes
# on, later elements are written, the failing one keeps its value, and the call raises at the end. With a b
# that shares the destination's memory NumPy works on a copy, which NumPy 2 discards on error (nothing changes)
# and NumPy 1.24 writes back before raising.
# NumPy 2's float power loop, handed one element at a time, takes the square root of an exponent of 0.5
# (sqrt(-0.0) is -0.0 and sqrt(-inf) NaN, where pow gives 0.0 and inf); NumPy 1.24's calls pow.
import numpy as np
a = np.arange(5)
np.power.at(a, [1, 2, 3, 4], [2, -1, 3, 2])
b = np.array([2, -1, 3, 2])
np.power.at(b, [0, 2, 3], b[1:])
c = np.array([-0.0, -np.inf, 4.0, 9.0])
np.power.at(c, [0, 1, 2], 0.5)
np.power.at(c, [3, 3], [0.5, 0.5])
d = np.array([-0.0, -np.inf], dtype=np.float32)
np.power.at(d, [0, 1], np.float32(0.5))
