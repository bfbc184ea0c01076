# Seed 001 (NumPy Copy vs View), example "Slicing": arr[1:3] is a view; sliced[0] = 99 changes
# arr to [1 99 3 4]. Correct.
import numpy as np
arr = np.array([1, 2, 3, 4])
sliced = arr[1:3]
sliced[0] = 99
print(arr)
