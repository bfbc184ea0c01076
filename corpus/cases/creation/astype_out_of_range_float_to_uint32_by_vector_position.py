# creation: float -> uint32 of values uint32 cannot hold (inf, -inf, nan, +-5e9) is undefined behaviour in C,
# and NumPy 1.24 on x86-64 answers by position. Its contiguous cast loop is vectorised 4 elements at a time
# from the start of each contiguous run: the vector body converts through int32 (-inf, nan and -5e9 give
# 2**31; inf and 5e9 give 0), the scalar tail through int64 and then wraps (-inf, inf and nan give 0, 5e9
# gives 5e9 mod 2**32). A strided source is not vectorised. Found by scripts/bench-fuzz (release build).
import numpy as np
v = np.array([-np.inf, np.inf, np.nan, 5e9, -5e9, -1.0, 3e9, 7.0, 1e20], dtype=np.float32)
v[3:].astype(np.uint32)
v.astype(np.uint32)
v.astype(np.float64).astype(np.uint32)
v.reshape(3, 3).astype(np.uint32)
np.asfortranarray(v.reshape(3, 3)).astype(np.uint32)
v[::2].astype(np.uint32)
w = np.concatenate([v, v, v]).reshape(3, 9)[:, :6]
w.astype(np.uint32)
u = np.zeros(9, dtype=np.uint32)
u[:] = v
u
r = np.zeros(9, dtype=np.uint32)
r[::-1] = v
r
# A 2-d source whose rows do not coalesce (24 x 20 of a 24 x 24 array): every row is its own contiguous run,
# vectorised from its start.
big = np.resize(v, (24, 24))[:, :20]
big.astype(np.uint32)
