# a.byteswap() swaps a copy (order A: F stays F); a.byteswap(True) swaps the array itself and returns it (the
# same object), refusing a read-only one; each half of a complex is swapped on its own, one-byte dtypes do not
# change. A view sees the swap of its base; a window that repeats an element swaps it once per position.
import numpy as np
a = np.arange(6, dtype=np.int16).reshape(2, 3)
b = a.byteswap()
c = a.T.byteswap()
d = a.byteswap(True)
v = a[:, 1]
v.byteswap(inplace=True)
z = np.array([1 + 2j, 3 - 1j], dtype=np.complex64)
y = z.byteswap()
w = np.arange(3, dtype=np.int8).byteswap()
f = np.array([1.0, -2.5], dtype=np.float16)
f.byteswap(True)
r = np.arange(3, dtype=np.int32)
r.flags.writeable = False
s = r.byteswap()
r.byteswap(True)
e = np.arange(4, dtype=np.int32)
x = np.lib.stride_tricks.as_strided(e, shape=(3,), strides=(0,))
x.byteswap(True)
q = np.lib.stride_tricks.as_strided(e[1:], shape=(2, 2), strides=(4, 4))
q.byteswap(True)
