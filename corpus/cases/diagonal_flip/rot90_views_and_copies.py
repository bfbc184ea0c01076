# np.rot90: k = 1 and 3 are a flip and a transpose (a view with permuted, negative strides), k = 2 two flips,
# k = 0 (mod 4) a plain new view m[:]; never a copy. axes picks the plane; equal axes, axes out of range or
# not two of them are ValueErrors.
import numpy as np
a = np.arange(24, dtype=np.int16).reshape(2, 3, 4)
r1 = np.rot90(a)
r1.strides
r1.base is a
r2 = np.rot90(a, 2)
r2.strides
r3 = np.rot90(a, -1, axes=(1, 2))
r3.shape
r4 = np.rot90(a, 4)
r4 is a
r4.base is a
r1[0, 0, 0] = 99
a.flags.owndata
x = np.rot90(a, axes=(1, 1))
y = np.rot90(a, axes=(0, 3))
z = np.rot90(a, axes=(0, 1, 2))
w = np.rot90(a[0, 0])
u = np.rot90(a, axes=(3, 0))
t = np.rot90(a, axes=(-4, 1))
s = np.rot90(a, axes=(1, 3))
