# Seed 001 (NumPy Copy vs View), FAQ "How can I check if two arrays share memory":
# np.shares_memory(arr1, arr2). Correct; shown for a copy, a view and a slice.
import numpy as np
arr1 = np.arange(5)
arr2 = arr1.copy()
np.shares_memory(arr1, arr2)
arr3 = arr1.view()
np.shares_memory(arr1, arr3)
np.shares_memory(arr1[:2], arr1[3:])
