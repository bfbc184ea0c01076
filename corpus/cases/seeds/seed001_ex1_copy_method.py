# Seed 001 (NumPy Copy vs View), example "What Is a Copy": original.copy(), copied[0] = 99,
# print both -> original unchanged [10 20 30], copied [99 20 30]. Correct.
import numpy as np
original = np.array([10, 20, 30])
copied = original.copy()
copied[0] = 99
print("Original:", original)
print("Copied:", copied)
