# NumPy 2.4 finished the 1.25 deprecation: an array with ndim > 0 is no longer converted to a Python scalar.
# np.arange(np.array([3])) is TypeError in 2 and binds nothing, while NumPy 1.24 made arange(3), a new array. A
# 0-d array converts in both.
import numpy as np
b = np.arange(np.array(3))
c = np.arange(np.array(1), np.array(7), np.array(2))
a = np.arange(np.array([3]))
