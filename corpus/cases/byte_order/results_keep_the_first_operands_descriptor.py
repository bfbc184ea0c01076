# A result NumPy computes from a swapped array is native, but it is not always the built-in int32 descriptor:
# a ufunc's output of its first operand's type keeps that operand's descriptor made canonical (a new native
# descriptor for a swapped one), as do a reduction's result and np.concatenate of a single array; other
# results get the built-in one. np.asarray(x, dtype='int32') shows which: x itself for the built-in
# descriptor, else a view of x. The fuzzer found this through `v5 = v7 + True` (v7 swapped), an advanced index
# of v5, then np.asarray(..., dtype='int32', order='C') (DIVERGENCE: base after asarray).
import numpy as np
a = np.arange(6, dtype='>i4').reshape((2, 3))
n = np.arange(6, dtype='int32').reshape((2, 3))
b = a + True
b1 = np.asarray(b, dtype='int32')
c = n + a
c1 = np.asarray(c, dtype='int32')
d = b + n
d1 = np.asarray(d, dtype='int32')
e = -a
e1 = np.asarray(e, dtype='int32')
f = a == 1
f1 = np.asarray(f, dtype=bool)
g = a + 1.5
g1 = np.asarray(g, dtype='float64')
h = b[[1, 0], :]
h1 = np.asarray(h, dtype='int32', order='C')
i = b[[[0], [1]], []]
i1 = np.asarray(i, dtype='int32', order='C')
j = a.min(axis=0, keepdims=True)
j1 = np.asarray(j, dtype='int32')
k = a.sum(axis=1)
k1 = np.asarray(k, dtype='int64')
m = np.concatenate([a])
m1 = np.asarray(m, dtype='int32')
p = np.concatenate([a, a])
p1 = np.asarray(p, dtype='int32')
q = np.clip(b, 0, 3)
q1 = np.asarray(q, dtype='int32')
r = np.maximum(n, b)
r1 = np.asarray(r, dtype='int32')
s = b @ b.T
s1 = np.asarray(s, dtype='int32')
t = np.cumsum(b, axis=0)
t1 = np.asarray(t, dtype='int64')
u = b.copy()
u1 = np.asarray(u, dtype='int32')
w = np.stack([a])
w1 = np.asarray(w, dtype='int32')
x = b[b > 2]
x1 = np.asarray(x, dtype='int32')
y = np.take(b, [0, 2], axis=1)
y1 = np.asarray(y, dtype='int32')
z = np.diag(b[0])
z1 = np.asarray(z, dtype='int32')
o = np.sort(b, axis=0)
o1 = np.asarray(o, dtype='int32')
l = b.reshape(3, 2)
l1 = np.asarray(l, dtype='int32')
