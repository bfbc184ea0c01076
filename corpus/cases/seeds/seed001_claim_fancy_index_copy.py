# Seed 001 claim: a copy is made automatically by "Advanced indexing (arr[[0, 2]])". Correct.
import numpy as np
arr = np.array([1, 2, 3, 4])
sub = arr[[0, 2]]
sub.base is None
np.shares_memory(sub, arr)
sub[0] = 100
print(arr)
print(sub)
