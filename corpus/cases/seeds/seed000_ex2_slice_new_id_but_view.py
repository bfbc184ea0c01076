# Seed 000 (NumPy: Copy Function), example 2: array_b = array_a[0:3] -> "our objects are now
# assigned to their own ID" although NumPy makes "a shallow copy, or view, of the original
# base array". Correct: a new array object (different id) whose base is array_a.
import numpy as np
array_a = np.arange(6)
array_b = array_a
array_b = array_a[0:3]
id(array_a) == id(array_b)
array_b.base is array_a
array_b.flags.owndata
np.shares_memory(array_a, array_b)
