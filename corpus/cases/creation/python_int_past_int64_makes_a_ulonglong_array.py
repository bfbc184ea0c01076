# A Python int past int64 (2**63 to 2**64 - 1) with no dtype asked for makes an np.ulonglong array (both NumPys):
# C unsigned long long, equal to np.uint64 (C unsigned long on this LP64 target) but a distinct built-in
# descriptor, so np.asarray(q, dtype=np.uint64) is a view of q and np.asarray(q, dtype='Q') is q itself. A list
# of such ints does the same; with an int in int64's range the two promote to float64. np.full of an
# np.ulonglong scalar, np.array of one and a list of one with an np.uint64 keep the long long type.
import numpy as np
q = np.full(2, 2 ** 63)
r = np.asarray(q, dtype=np.uint64)
a = np.array(2 ** 63)
b = np.asarray(a, dtype='Q')
c = np.asarray(a, dtype='u8')
d = np.array([2 ** 63, 2 ** 64 - 1])
e = np.asarray(d, dtype='Q')
f = np.array([1, 2 ** 63])
g = np.full(3, q[0])
h = np.asarray(g, dtype='Q')
i = np.array(q[0])
j = np.asarray(i, dtype='Q')
k = np.array([q[0], np.uint64(1)])
m = np.asarray(k, dtype='Q')
