# a.resize keeps the bytes in memory order and zero-fills what it adds (a writeable array); the new strides are
# F-ordered when the array was F- and not C-contiguous. A resize to the same number of bytes only changes shape
# and strides, so it succeeds while views exist and they keep sharing the memory; a new shape may be given as
# separate ints, a tuple, or () for 0-d; no argument (or None) does nothing.
import numpy as np
a = np.arange(6).reshape(2, 3)
a.resize(3, 4)
f = np.asfortranarray(np.arange(6).reshape(2, 3))
f.resize(4, 2)
s = np.arange(6.0)
s.resize((2, 2))
v = np.arange(6)
w = v[::2]
v.resize(3, 2)
shared = np.shares_memory(v, w)
z = np.arange(1)
z.resize(())
n = np.arange(3)
n.resize()
n.resize(None)
e = np.arange(4)
e.resize(0)
e.resize(2, 2)
c = np.ones(3, dtype=complex)
c.resize(4)
# A resize to no dimensions leaves the C and F flags as they were (PyArray_Resize updates them only for a shape
# with dimensions; property test, seeds 706 and 707), until the next layout change.
k = np.zeros((1, 2, 2))
k.resize(())
kf = np.zeros((2, 3), order='F')
kf.resize(())
kf.shape = (1,)
