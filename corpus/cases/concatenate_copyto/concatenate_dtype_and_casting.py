# np.concatenate's dtype= and casting=: the result takes the dtype asked (byte order included), each input is
# checked against the casting rule as it is written (a TypeError leaves nothing bound), axis=None checks before
# its flat copy, and dtype= with out= is a TypeError. The result never shares memory with an input.
import numpy as np
a = np.arange(6).reshape(2, 3)
b = np.arange(6.0).reshape(2, 3)
c = np.concatenate([a, a], dtype=np.float32)
d = np.concatenate([a, b], casting='unsafe', dtype=np.int16)
e = np.concatenate([a, b], dtype=np.int64)
f = np.concatenate([a, b], axis=None, dtype=np.int64)
g = np.concatenate([a, b], axis=None, dtype=np.int64, casting='unsafe')
h = np.concatenate([a.T, a.T], axis=1, dtype='>f8')
i = np.concatenate([a, a.astype(np.int32)], casting='no')
j = np.concatenate([a, a], casting='equiv')
o = np.zeros((4, 3))
k = np.concatenate([a, a], out=o, dtype=float)
l = np.concatenate([a[:, ::-1], b], axis=0, casting='same_kind')
np.shares_memory(l, b)
