# Writing through a.flat goes into the array itself, at C-order positions whatever its layout (a transposed or
# strided view writes into its base's memory): the values are cast unsafely to the array's dtype and repeated when
# there are fewer of them than positions; a repeated position keeps the last value; no values write nothing.
# `a.flat = v` fills every element the same way. NumPy reads a value array element by element as it writes, so a
# value sharing memory with the array sees the earlier writes (x.flat[1:] = x[:-1] spreads x[0]), unless it handed
# over a copy: to cast it, or for a.flat = v when the array is F-contiguous (every 1-D one) and v is not.
import numpy as np
b = np.arange(6)
b.flat[[0, 2]] = [10, 20]
b.flat[1:5] = [7, 8]
b.flat = [1, 2, 3, 4]
b.flat = 2.7
b.flat[np.arange(6) % 2 == 1] = 99
c = np.arange(6.0)
c.flat[[1, 1, 1]] = [1, 2, 3]
c.flat[2:4] = []
base = np.arange(12).reshape(3, 4)
v = base[:, ::2]
v.flat[:] = -1
t = np.arange(6).reshape(2, 3).T
t.flat[1:3] = [50, 60]
w = np.arange(6)
w.flat = w[::-1]
x = np.arange(6)
x.flat[1:] = x[:-1]
y = np.arange(6)
y.flat[::-1] = y
f = np.arange(6).reshape(2, 3)
f.flat = f.T
g = np.arange(6)
g.flat = g[::2]
h = np.arange(6)
h.flat = h[::-1].astype(np.int32)
# Elements of the same dtype move as their bytes: a bool view of a float array keeps bytes other than 0 and 1
# (property test, seed 715).
fl = np.arange(2, dtype=np.float32)
bits = fl.view(bool)
bits.flat = bits[::-1]
