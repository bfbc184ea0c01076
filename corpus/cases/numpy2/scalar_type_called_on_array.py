# A NumPy scalar type called on an array: np.float64(np.array([1.5])) was converted to a float64 scalar in NumPy
# 1.24 (np.float64 subclasses Python float, which took the one element), while NumPy 2 returns a new 1-d float64
# array, so the name is bound to an array instead of a scalar. On a 0-d array it is a scalar in both; on a
# 2-element array np.int8 / np.float64 return arrays in both.
import numpy as np
d = np.float64(np.array(1.5))
e = np.int8(np.array([3, 4]))
g = np.float64(np.array([1, 2]))
c = np.float64(np.array([1.5]))
