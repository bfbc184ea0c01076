# Seed 003 (copying arrays article), example "What Is a NumPy Array?": arr = np.array([1, 2, 3, 4, 5]),
# print the array, its type and its dtype -> int64. Correct. print("Type:", type(arr)) is outside
# the case language (type() is not in the subset) and is left out.
import numpy as np
arr = np.array([1, 2, 3, 4, 5])
print("Array:", arr)
print("Dtype:", arr.dtype)
arr.flags.owndata
arr.strides
