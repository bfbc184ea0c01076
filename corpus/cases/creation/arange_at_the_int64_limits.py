# creation: np.arange from Python ints at the ends of int64: -2**63 as a start is still an int64 (the lowest one),
# and so is 2**63 - 2; the second element, start + step, is computed as a Python int and stored as int64.
import numpy as np
a = np.arange(-9223372036854775808, -9223372036854775805)
b = np.arange(9223372036854775805, 9223372036854775807)
c = np.arange(-9223372036854775808, -9223372036854775806, 1.0)
# One past either end (-2**63 - 1 as the stop here) NumPy makes an object array, which the engine has not: its
# system says so (NotImplementedError) instead of claiming an OverflowError, as in
# creation/python_int_beyond_64_bits_makes_an_object_array_known.py.
