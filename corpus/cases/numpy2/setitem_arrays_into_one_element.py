# An array with dimensions stored into one element. Into a number element, NumPy 1.24 converted a one-element
# array to its scalar (a[0] = np.array([1.5]) stored 1.5); NumPy 2 raises ValueError ("setting an array element
# with a sequence") and leaves the element alone; a 0-d array is a scalar in both. Into a bool element the
# array's truth value is stored in both (np.array([3]) -> True), except an empty array: ValueError in NumPy 2.2+
# (its truth value is an error), False in 1.24. Two elements are ValueError everywhere.
import numpy as np
a = np.zeros(3)
a[0] = np.array([1.5])
a[1] = np.array([[7.0]])
a[2] = np.array(2.5)
i = np.zeros(2, dtype=np.int64)
i[0] = np.array([3], dtype=np.int8)
a[0] = np.array([1.0, 2.0])
b = np.zeros(4, dtype=bool)
b[0] = np.array([3])
b[1] = np.array([[5]])
b[2] = np.array([], dtype=bool)
b[3] = np.zeros((0, 2))
b[0] = np.array([1, 2])
b[1] = np.array([0.0])
