# A signed integer compared with uint64: NumPy 2 runs its qQ->?/Qq->? loops (the signed side cast to int64,
# the uint64 side read as it is) and answers exactly; NumPy 1.24 casts both to float64, their common type,
# where 2**63 - 1 and 2**63 are equal. The cast or its absence decides the result's layout: an F-ordered
# int64 operand with no cast takes the trivial loop (F result); a cast sends NumPy to the iterator.
import numpy as np
big = np.array([2**63 - 1, -1, 0, 5], dtype=np.int64)
ubig = np.array([2**63, 2**64 - 1, 0, 5], dtype=np.uint64)
eq = big == ubig
lt = big < ubig
ge = ubig >= big
a = np.arange(6).reshape(2, 3).T
b = np.uint64(2) == a
c = np.asfortranarray(a) < np.uint64(3)
v = np.zeros((1, 2, 4), dtype=np.int64)[:, [[1], [1]]]
w = np.rollaxis(v, 3, -4)
d = np.uint64(0) == w
e = w.astype(np.int32) != np.uint64(7)
f = np.equal(w, np.uint64(0), casting='no')
g = np.equal(w.astype(np.int8), np.uint64(0), casting='equiv')
out = np.ones((2, 3), dtype=bool)
h = np.less(a.T, ubig[:3], out=out, where=[True, False, True])
# Only a signed integer against uint64 takes those loops: uint64 against uint64 compares as uint64 (2**63 and
# above stay large), a float array against uint64 in float64.
u = np.array([0, 1, 2**63, 2**64 - 1], dtype=np.uint64)
uu = u > np.array([1, 1, 5, 2**63], dtype=np.uint64)
fl = np.array([0.5, 1.0, 1e19, -1.0])
fu = fl < u
uf = u >= fl
