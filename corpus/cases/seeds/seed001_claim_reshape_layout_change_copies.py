# Seed 001 claim: a copy is made by "Some reshaping operations when memory layout changes".
# Correct: np.reshape with order='F' on a C array copies, ravel(order='F') copies, while the
# C-order reshape of the same array is a view.
import numpy as np
a = np.arange(6).reshape(2, 3)
v = np.reshape(a, (3, 2))
c = np.reshape(a, (3, 2), order='F')
np.shares_memory(v, a)
np.shares_memory(c, a)
c
f = a.ravel(order='F')
np.shares_memory(f, a)
f
