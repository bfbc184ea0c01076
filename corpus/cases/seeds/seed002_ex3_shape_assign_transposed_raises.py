# Seed 002 (NumPy docs, Copies and views), example 3: y = x.T is non-contiguous, z = y.view(),
# z.shape = 6 -> AttributeError "Incompatible shape for in-place modification". Correct.
# The statements after the error show z, y and x unchanged.
import numpy as np
x = np.ones((2, 3))
y = x.T
y
z = y.view()
# expect: AttributeError
z.shape = 6
z.shape
z.base is x
