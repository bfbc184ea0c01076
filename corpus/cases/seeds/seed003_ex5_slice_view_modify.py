# Seed 003 (copying arrays article), example "Slicing Creates Views": subset = data[2:7],
# subset[0] = 100 -> data becomes [1 2 100 4 ...]. Correct.
import numpy as np
data = np.array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
subset = data[2:7]
print("Slice:", subset)
subset[0] = 100
print("Original after modifying slice:", data)
