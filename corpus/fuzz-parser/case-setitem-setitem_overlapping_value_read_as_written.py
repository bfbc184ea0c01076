# setitem: when the value overlaps the destination, NumPy 1.24 copies it first only in some paths.
# - a[...] = v, a[:] = v and np.copyto(a, v) (PyArray_AssignArray): a 1-D destination walked in the same
#   direction as v is not protected; the loop reads each element of v just before writing one, so earlier
#   writes show in later reads. Here an int64 -3 is written as four float32 over its own bytes.
# - a 0-d value is read once; several destination dimensions or opposite directions copy v first.
# - a[index_array] = v with v of another dtype: the cast goes through a buffer, converted before any write;
#   with v of a's own dtype (1-D fancy fast path) each element is read as the writes go.
# Found by the property test.
import numpy as np
x = np.array([[-3, -3]])
f = x.view(np.float32)[-1]
np.copyto(f, x.diagonal())
x
y = np.array([-3, -3])
g = y.view(np.float32)
g[...] = y[:1]
y
z = np.array([-3, -3])
h = z.view(np.float32)
h[...] = z[0]
z
w = np.arange(6)
w[1:] = w[:5]
w
r = np.arange(6)
r[::-1][:5] = r[:5]
r
m = np.arange(6).reshape(2, 3)
m[:, 1:] = m[:, :2]
m
v = np.arange(4)
v[[1, 2, 3]] = v[:3]
v
i = np.arange(4, dtype=np.int32)
i.view(np.float32)[[1, 2, 3]] = i[:3]
i
k = np.arange(2, dtype=np.int32)
k.view(float)[[-1, -1]] = k
k
