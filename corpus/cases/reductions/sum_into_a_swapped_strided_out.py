# A float32 sum into a strided big-endian uint32 out: NumPy writes its buffer back through the swapping cast, whose
# aligned buffer is contiguous, so -inf becomes 2**31 where the contiguous loop's vector rule applies (four or more
# elements in one write-back under NumPy 1.24), 0 by the strided loop's rule for a native out. NumPy 1.24 hands the
# swapping cast all the outputs a buffer holds at once, where it writes a native out's back element by element (the
# engine once wrote both element by element, found by a probe of byte-swapped casts, 2026-12-06).
import numpy as np
n = np.zeros((4, 4), dtype='>u4')
q = np.full((4, 4), -7.5, dtype='>f4')
q.ravel()[::3] = -np.inf
r = np.sum(q, axis=-1, out=n[..., 0])
s = np.sum(q, axis=0, out=n[..., 1])
m = np.zeros(5, dtype='>u4')
t = np.sum(np.full((3, 5), -np.inf, dtype='f4'), axis=0, out=m)
u = np.sum(np.full((3, 5), -np.inf, dtype='f4'), axis=0, out=np.zeros(5, dtype='u4'))
# A value out of the loop dtype's range comes back from a swapped out as a native one does: a negative float64 sum
# wraps into '>u8' (the engine once read the swapped out's value as another dtype and cast it again: 0).
w = np.sum(np.full(3, -7.5), out=np.zeros((), dtype='>u8'))
x = np.prod(np.full((2, 3), -7.5, dtype='f2'), axis=1, out=np.zeros(2, dtype='>u8'))
# Which outputs one cast call gets: NumPy 1.24 writes a fill back line by line along the first axis out moves along
# (rows of 9 here: eight take the vector rule, the ninth the scalar one), and so does NumPy 2 where the fill is a
# line; a line whose out elements lie far apart is one call all the same (the engine once cast them one by one).
g = np.full((4, 9, 7), -np.inf, dtype='f4')
lines = np.zeros((9, 4), dtype='>u4').T
h = np.sum(g, axis=2, out=lines)
far = np.zeros((9, 300), dtype='>u4').T
k = np.sum(np.full((300, 9, 2), -3e9)[..., ::-1], axis=2, out=far)
