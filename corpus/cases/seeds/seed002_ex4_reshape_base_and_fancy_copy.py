# Seed 002 (NumPy docs, Copies and views), example 4: y = x.reshape(3, 3), y.base is x
# ("reshape() creates a view"); z = y[[2, 1]], z.base is None ("advanced indexing creates a copy").
# Correct.
import numpy as np
x = np.arange(9)
x
y = x.reshape(3, 3)
y
y.base
z = y[[2, 1]]
z
z.base is None
