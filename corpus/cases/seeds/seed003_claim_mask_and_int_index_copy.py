# Seed 003 claim: "Array slicing in NumPy returns a view ... The same applies to NumPy array
# indexing with boolean masks and integer arrays."
# SEED IS WRONG: boolean-mask and integer-array indexing return copies; writing to the result
# does not change data, and neither result shares memory with it.
import numpy as np
data = np.array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
masked = data[data > 5]
picked = data[[0, 2, 4]]
masked[0] = 100
picked[0] = 100
data
masked.base is None
picked.base is None
np.shares_memory(masked, data)
np.shares_memory(picked, data)
