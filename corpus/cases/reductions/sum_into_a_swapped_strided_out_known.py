# Known divergence under NumPy 1.24 (corpus/expected-divergences/numpy-1.24.txt); NumPy 2 passes. A float32 sum
# into a strided big-endian uint32 out: NumPy 2.4 writes its buffer back through the swapping cast, whose aligned
# buffer is contiguous, so -inf becomes 2**31 (the vector rule), and the engine does the same. NumPy 1.24 gives 2**31
# too, where its native outs of the same sums are written back element by element (0 for -inf); the engine writes
# NumPy 1.24's reduction outs back element by element, so here it gives 0. Which runs NumPy 1.24's reduction
# write-back hands a swapped out's cast is not modelled. Found by a probe of byte-swapped casts (2026-12-06).
import numpy as np
n = np.zeros((4, 4), dtype='>u4')
q = np.full((4, 4), -7.5, dtype='>f4')
q.ravel()[::3] = -np.inf
r = np.sum(q, axis=-1, out=n[..., 0])
