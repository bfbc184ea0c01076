# scripts/bench --large: the same statements on a 10**9-element int8 array (a gigabyte per array and system).
import numpy as np
a = np.ones(10**9, dtype=np.int8)
b = a[::3]
c = a.copy()
d = c.reshape(10000, 100000).T
e = d + 1
