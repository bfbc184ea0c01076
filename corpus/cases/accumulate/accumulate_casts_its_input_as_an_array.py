# cumsum/sum with dtype=uint32 over floats that uint32 cannot hold (inf, NaN, 3e10, -1): NumPy's iterator casts
# the input with its cast loops, whose answer depends on where the element sits in a contiguous run, so the engine
# casts the input as an array too, not value by value. Found by the property test (seed 811, 1.24).
import numpy as np
a = np.array([np.inf, 1.0, 0.5, np.nan, 3e10, -1.0, 2.0, 5.0, 7.0])
b = np.cumsum(a, dtype=np.uint32)
c = np.sum(a, dtype=np.uint32)
d = np.sum(a[::2], dtype=np.uint32)
e = a.astype(complex)
f = np.cumsum(e, dtype=np.uint32)
g = np.sum(e, dtype=np.uint32)
h = np.cumsum(a[::-1], dtype=np.uint32)
o = np.zeros(9)
np.cumsum(a, dtype=np.uint32, out=o)
i = np.sum(a[::-1], dtype=np.uint32)
j = np.sum(a.reshape(3, 3)[:, ::-1], axis=1, dtype=np.uint32)
k = np.cumsum(a.reshape(3, 3).T, axis=0, dtype=np.uint32)
