# Putting an array with dimensions into one element: NumPy 1.24 converts a one-element array to its scalar;
# NumPy 2 refuses any array with dimensions (ValueError "setting an array element with a sequence."), except
# into a bool element, which takes its truth, and an empty array there is a ValueError too (NumPy 2.2).
import numpy as np
a = np.zeros(3)
a[0] = np.array([1.5])
a[1] = np.array(2.5)
b = np.zeros(2, dtype=bool)
b[0] = np.array([3])
b[1] = np.array([], dtype=bool)
i = np.zeros(2, dtype=np.int64)
i[0] = [4]
