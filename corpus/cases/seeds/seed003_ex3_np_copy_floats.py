# Seed 003 (copying arrays article), example "np.copy() - The True Copy": copied = np.copy(original)
# of a float array, copied[0] = 0.0 -> original unchanged. Correct.
import numpy as np
original = np.array([1.63, 7.92, 5.46, 66.8, 7.89, 3.33, 6.56, 50.60, 100.11])
print("Original array:")
print(original)
copied = np.copy(original)
copied[0] = 0.0
print("Copied array after modification:")
print(copied)
print("Original array (unchanged):")
print(original)
