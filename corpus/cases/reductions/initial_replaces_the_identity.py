# initial= of sum, prod, max and min (and of the ufuncs' reduce): every output element starts from it instead of
# the identity, and every element is reduced into it (max and min no longer copy their first element, so an empty
# reduction has a result). NumPy 2 packs the value into the loop's dtype first (an int8 sum runs in int64, so
# initial=-1 of a uint8 sum is OverflowError in its uint64), NumPy 1.24 fills the result with it (wrapping).
# initial=None means no identity: sum and prod then copy the first element as max and min do, and an empty
# reduction is a ValueError.
import numpy as np
i = np.arange(6).reshape(2, 3)
x = np.arange(6.0).reshape(2, 3)
a = np.sum(i, initial=10)
b = np.sum(i, axis=1, initial=1.5)
c = np.prod(i + 1, axis=0, initial=-2)
d = np.max(i, axis=1, initial=4)
e = np.min(x, initial=np.nan)
f = np.max(np.zeros((0, 3)), axis=0, initial=-1)
g = np.max(np.zeros((0, 3)), axis=0)
h = np.sum(np.zeros((0, 3)), axis=0, initial=None)
k = np.add.reduce(i, initial=None, axis=None)
l = np.sum(np.array([-0.0]), initial=-0.0)
m = np.sum(np.array([-0.0]))
n = np.sum(np.int8([100, 100]), initial=100)
o = np.sum(np.uint8([1]), initial=-1)
p = np.sum(i, initial=2 ** 70)
q = np.sum(np.float32([1, 2]), initial=2 ** 70)
r = np.sum(i, initial=np.array(3))
s = np.sum(i, initial=np.array([3]))
t = np.max(i.astype(bool), initial=5)
u = x.sum(initial=1)
w = i.max(axis=0, initial=np.int8(3))
y = np.minimum.reduce(x, initial=2.5, keepdims=True)
z = np.sum(x, initial=1 + 2j)
# A list is no scalar: NumPy 2 asks int() or float() of it (TypeError), NumPy 1.24 refuses the sequence
# (ValueError); a bool result takes its truth.
aa = np.sum(i, initial=[1])
ab = np.sum(x, initial=[1.5])
ac = np.max(i.astype(bool), initial=[0])
