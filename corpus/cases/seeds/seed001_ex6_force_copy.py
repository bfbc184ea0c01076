# Seed 001 (NumPy Copy vs View), FAQ "How do I force a copy": arr2 = arr1.copy(). Correct.
import numpy as np
arr1 = np.arange(5)
arr2 = arr1.copy()
arr2[0] = -1
arr1
arr2.base is None
