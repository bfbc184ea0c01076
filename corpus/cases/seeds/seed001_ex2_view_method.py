# Seed 001 (NumPy Copy vs View), example "What Is a View": viewed = original.view(),
# viewed[0] = 77 -> both print [77 20 30]. Correct. (The seed continues the previous snippet,
# so original and copied are made first as there.)
import numpy as np
original = np.array([10, 20, 30])
copied = original.copy()
copied[0] = 99
viewed = original.view()
viewed[0] = 77
print("Original:", original)
print("Viewed:", viewed)
