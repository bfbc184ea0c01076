# np.round of an integer array with decimals >= 0 changes nothing: NumPy 1.24 returns the array itself (the same
# object), NumPy 2 a copy in order K; with out= the values are cast into out. A negative decimals rounds in
# float64 and casts back (order F only for an F- and not C-contiguous input). A 0-d result is a scalar.
import numpy as np
a = np.arange(6).reshape(2, 3) * 17
b = np.round(a)
c = a.round(2)
d = np.around(a, 0)
f = np.asfortranarray(a)[:, ::-1]
g = np.round(f)
h = np.round(a, -1)
i = np.round(a.T, -1)
o = np.zeros((2, 3))
j = np.round(a, 1, out=o)
k = np.round(np.array(35), -1)
l = np.round(np.array(3))
m = np.round(np.int8(77), -1)
n = np.round([15, 25], -1)
