# np.clip and a.clip with out= that is the input itself (the same object comes back), a reversed view of it
# (NumPy reads the input as if copied first) or a bound that shares the output's memory; and the layout of a
# fresh result, which follows the input's as any ufunc output does (F order, a transposed view, a 0-d scalar).
import numpy as np
a = np.arange(12.0).reshape(3, 4)
r = np.clip(a, 2, 9, out=a)
s = r is a
b = np.arange(10)
np.clip(b, 3, 6, out=b[::-1])
c = np.arange(10)
c.clip(c[::-1], 7, out=c)
f = np.asfortranarray(np.arange(6.0).reshape(2, 3))
g = np.clip(f, 1.5, 4.5)
t = np.clip(a.T, 0, 5)
z = np.clip(np.array(7.5), 0, 5)
w = np.array(7.5).clip(0, 5)
m = a.clip(min=3)
n = a.clip(max=4, out=np.empty_like(a))
h = np.clip(np.arange(5.0)[::2], 1, 3)
