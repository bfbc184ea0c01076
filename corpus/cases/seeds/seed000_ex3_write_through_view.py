# Seed 000 (NumPy: Copy Function), example 3: change the first element of array_b (a view
# array_a[0:3]) from 0 to 100 -> "both arrays have been modified". Correct.
import numpy as np
array_a = np.arange(6)
array_b = array_a[0:3]
array_b[0] = 100
print(array_a)
print(array_b)
