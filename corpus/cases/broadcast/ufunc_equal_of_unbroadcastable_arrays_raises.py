# Shapes that cannot broadcast: `a == b` falls back to identity under NumPy 1.24 (False, and True for !=) and
# raises under NumPy 2, but the ufunc called by name, np.equal / np.not_equal, raises ValueError under both.
import numpy as np
a = np.arange(3)
b = np.arange(4)
c = np.equal(a, b)
d = np.not_equal(a, b)
e = a == b
f = a != b
