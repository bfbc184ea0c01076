# An element of a long long array is an np.longlong scalar, and np.asarray of it a long long array again. NumPy's
# scalar math (operators on two scalars) converts the right operand to the left one's type when it can, so
# q[0] + l[0] is long long and l[0] + q[0] long; with a Python int either way round the NumPy scalar's type wins.
# The ufunc on the same scalars promotes instead: np.add(l[0], q[0]) is long long. A reduction to a scalar keeps
# the array's type.
import numpy as np
l = np.arange(1, 4)
q = np.asarray(l, dtype='q')
s = q[0]
a = np.asarray(s)
b = np.asarray(a, dtype='q')
t = q[0] + l[0]
c = np.asarray(np.asarray(t), dtype='q')
u = l[0] + q[0]
d = np.asarray(np.asarray(u), dtype='l')
v = q.sum()
e = np.asarray(np.asarray(v), dtype='q')
w = q[0] // 1
f = np.asarray(np.asarray(w), dtype='q')
x = 1 + q[0]
g = np.asarray(np.asarray(x), dtype='q')
y = np.array([q[0], 1])
h = np.asarray(y, dtype='q')
z = np.add(l[0], q[0])
k = np.asarray(np.asarray(z), dtype='q')
