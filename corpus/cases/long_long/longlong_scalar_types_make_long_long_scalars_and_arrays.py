# np.longlong and np.ulonglong are scalar types of their own (np.int64 is np.longlong is False): as a dtype they name
# the long long descriptors, called they make long long scalars, and np.asarray of such a scalar is a long long
# array. Scalar math keeps the left operand's type (np.ulonglong(5) + np.uint64(1) is np.ulonglong).
import numpy as np
l = np.arange(3)
x = np.zeros(2, dtype=np.longlong)
y = np.asarray(x, dtype='q')
z = np.asarray(x, dtype=np.int64)
s = np.longlong(3)
a = np.asarray(s)
b = np.asarray(a, dtype='q')
t = np.ulonglong(2 ** 63)
c = np.asarray(np.asarray(t), dtype='Q')
d = np.asarray(l, dtype=np.longlong)
e = np.asarray(d, dtype=np.longlong)
f = np.int64 is np.longlong
g = np.longlong is np.longlong
h = s + l
i = np.asarray(h, dtype='q')
j = np.longlong([1, 2])
k = np.asarray(j, dtype='q')
m = l.astype(np.ulonglong)
n = np.asarray(m, dtype='Q')
o = np.ulonglong(5) + np.uint64(1)
p = np.asarray(np.asarray(o), dtype='Q')
