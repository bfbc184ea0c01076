# numpy: <2
# What keeps a swapped array's byte order and what does not: copies, indexing, *_like, sort, take and views keep
# the descriptor; ufuncs, reductions, concatenate, where, clip and astype answer in native order. The values
# agree either way, and a NumPy scalar read from a swapped array is native. np.round with decimals keeps the
# order (PyArray_Round allocates with the input's descriptor; property seed 821), rint answers native.
import numpy as np
a = np.arange(6, dtype=np.int32).newbyteorder().byteswap()
b = a.copy()
c = a[[0, 2, 4]]
d = a[::2]
e = np.empty_like(a)
f = np.zeros_like(a)
g = np.sort(a[::-1])
h = np.take(a, [1, 3])
i = a.reshape(2, 3).T.ravel()
j = a + 1
k = a.sum()
l = a.reshape(2, 3).max(axis=0)
m = np.concatenate([a, a])
n = np.where(a > 2, a, 0)
o = np.clip(a, 1, 4)
p = a.astype(np.int32)
q = a[0]
r = a.tolist()
s = a.view(np.int32)
t = a.cumsum()
a += 1
a[1:] = a[:-1]
a.sort()
u = np.arange(4.0).newbyteorder().byteswap()
v = np.round(u, -1)
w = np.round(u, 1)
x = np.round(u)
