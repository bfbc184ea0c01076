# basic_indexing: a[()] on an N-d array is a view of the whole array; on a 0-d array it is a scalar,
# while z[...] on a 0-d array is a 0-d view and z[None] a 1-element view.
import numpy as np
a = np.arange(3)
v = a[()]
v.base is a
v is a
z = np.array(5)
s = z[()]
w = z[...]
w.base is z
n = z[None]
n.shape
n.base is z
