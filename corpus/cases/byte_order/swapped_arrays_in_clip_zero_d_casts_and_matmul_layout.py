# Byte-swapped arrays in three rules the property test found under NumPy 1.24 (seeds 903 and 905), which NumPy 2
# shares where it has them: np.clip's deprecated NaN-bound rule (a NaN bound read as an infinity) is skipped for a
# swapped array or out, so there a NaN bound makes every result NaN; NumPy 1.x casts a 0-d array by its own dtype
# (byte order included) first and then by its value under any rule, so a swapped 0-d array copies onto itself
# under 'no'; and matmul lays out its result by the strides of its inputs as given, also when one is cast.
import numpy as np
a = np.arange(4, dtype='<i2')
b = a.astype('>i2')
c = a.clip(-3, np.nan)
d = b.clip(-3, np.nan)
e = b.clip(np.nan, 2)
f = np.arange(4.0).astype('>f8').clip(-3, np.nan)
g = np.full((), -3).astype('>i8')
np.copyto(g, g, casting='no')
np.copyto(g, g, casting='equiv')
np.copyto(g, g, casting='no', where=[True])
h = np.arange(3).astype('>i8')
np.copyto(h, h[0], casting='no')
np.copyto(h, g, casting='no')
i = g.astype('>i8', casting='no')
j = g.astype('int64', casting='no')
k = np.concatenate([g[None], g[None]], casting='no')
# matmul lays its stack out by the strides of the inputs as given, also when one must be cast (seed 905).
v0 = np.arange(60, dtype='<i2').reshape((5, 3, 4, 1))
v1 = np.broadcast_to(v0.astype('>i2'), (2, 5, 3, 4, 3))
m = v1 @ v1.swapaxes(-1, -2)
t = np.arange(24, dtype='>i4').reshape(2, 3, 4).transpose(1, 0, 2)
n = t @ t.swapaxes(-1, -2)
o = np.arange(24, dtype='<i2').reshape(2, 3, 4).transpose(1, 0, 2) @ t.swapaxes(-1, -2)
