# Seed 003 (copying arrays article): "To get an independent copy of a slice, chain the copy call:
# data[2:7].copy()". Correct.
import numpy as np
data = np.array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
subset = data[2:7].copy()
subset[0] = 100
data
subset.base is None
np.shares_memory(subset, data)
