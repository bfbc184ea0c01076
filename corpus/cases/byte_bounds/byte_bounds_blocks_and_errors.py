# numpy: <2
# Addresses of different memory blocks (a copy, a fresh result) are never equal, and np.byte_bounds reads
# a.__array_interface__, which a list does not have (AttributeError); NumPy 2 moved the function to
# np.lib.array_utils, which NumPy 1 lacks (AttributeError).
import numpy as np
a = np.arange(6, dtype=np.int16)
c = a.copy()
np.byte_bounds(c) == np.byte_bounds(a)
np.byte_bounds(c)[0] != np.byte_bounds(a)[0]
r = a.reshape(2, 3)
np.byte_bounds(r) == np.byte_bounds(a)
# expect: AttributeError
np.byte_bounds([1, 2])
# expect: AttributeError
np.lib.array_utils.byte_bounds(a)
