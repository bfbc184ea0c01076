# scripts/bench --large: issue #8's 5-statement case on a 10**7-element float64 array (a strided view, a copy,
# a transposed reshape, an operation on it); the runner compares every step in the systems' memory.
import numpy as np
a = np.ones(10**7)
b = a[::3]
c = a.copy()
d = c.reshape(1000, 10000).T
e = d + 1
