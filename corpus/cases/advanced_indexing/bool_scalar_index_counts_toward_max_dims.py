# advanced_indexing: a 0-d boolean index (True or False) adds one result axis (length 1 or 0), and that
# axis counts toward NumPy's limit on dimensions: on a 32-d array a[..., True] has 33 (IndexError under 1.24,
# whose limit is 32; fine under NumPy 2), on a 64-d one IndexError under NumPy 2 (whose limit is 64; NumPy
# 1.24 cannot make that array).
import numpy as np
a = np.zeros((1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1))
b = a[..., True]
c = a[True]
d = a[..., False]
e = np.zeros((1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1))
f = e[..., True]
g = e[True, ...]
h = np.arange(3)[True]
