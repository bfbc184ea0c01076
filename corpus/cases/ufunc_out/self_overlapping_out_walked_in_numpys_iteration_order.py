# ufunc_out: an out whose elements overlap each other (a stride of 0, or rows that share items) and that no input
# overlaps is written directly by NumPy's iterator, so the last write to an item is the one its iteration order
# makes last: axes ordered by every operand's strides (nditer_order), and an axis turned round where no operand
# (out, an input, the where= mask) steps forwards along it. x reversed in both axes into rows that are all one row:
# axis 0 is turned round (out's stride 0 is no vote), so x's first row is written last. The same through a cast
# (float32 loop into a float64 out, buffered) and with where=. The engine wrote such outs in their memory order
# (the rule it had for a 1-d out only, self_overlapping_reversed_out_walked_in_its_own_order.py).
import numpy as np
from numpy.lib.stride_tricks import as_strided
z = np.zeros(3)
rows = as_strided(z, shape=(4, 3), strides=(0, 8))
x = np.arange(12.).reshape(4, 3)[::-1, ::-1]
r1 = np.add(x, x, out=rows)
z4 = np.zeros(4)
cols = as_strided(z4, shape=(4, 3), strides=(8, 0))
r2 = np.add(x, 1.0, out=cols)
# Rows of 5 items 2 apart, one item apart from the next row: 13 items for 25 elements; y broadcast as a row.
z13 = np.zeros(13)
o = as_strided(z13, shape=(3, 5, 5), strides=(0, 8, 16))
xf = np.arange(5, dtype=np.float32)
y = np.arange(75, dtype=np.float32).reshape((3, 5, 5))
m = np.arange(75, dtype=np.int64).reshape((3, 5, 5), order='F')[::-1]
w = m % 3 != 1
r3 = np.subtract(y, xf, out=o, where=w)
r4 = np.subtract(y, xf, out=o)
# A reversed int64 out over a float64 loop (casting='unsafe'), rows overlapping backwards.
zi = np.zeros(7, dtype=np.int64)
oi = as_strided(zi[2:], shape=(5, 3, 2), strides=(8, 0, -16))
xi = np.arange(30, dtype=np.float64).reshape((5, 3, 2))[::-1, ::-1, :]
yi = np.arange(2, dtype=np.float64)
r5 = np.maximum(xi, yi, out=oi, where=yi != 1, casting='unsafe')
z6 = np.zeros(6, dtype=np.int64)
ot = as_strided(z6[3:], shape=(4, 3, 3), strides=(-8, 8, 0))
xt = np.arange(3, dtype=np.int32)
yt = np.arange(36, dtype=np.int32).reshape((3, 3, 4)).T
wt = np.arange(36, dtype=np.int64).reshape((4, 3, 3), order='F') % 3 != 1
r6 = np.subtract(yt, xt, out=ot, where=wt)
r7 = np.negative(yt, out=ot)
