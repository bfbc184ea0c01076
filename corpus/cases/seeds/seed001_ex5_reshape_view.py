# Seed 001 (NumPy Copy vs View), example "Reshape (in many cases)": b = a.reshape(2, 3),
# b[0, 0] = 100 changes a to [100 1 2 3 4 5]. Correct for a contiguous a.
import numpy as np
a = np.arange(6)
b = a.reshape(2, 3)
b[0, 0] = 100
print(a)
b.base is a
