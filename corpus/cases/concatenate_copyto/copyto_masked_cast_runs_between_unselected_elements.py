# np.copyto(dst, src, casting='unsafe', where=m): NumPy's masked transfer hands each stretch of selected elements
# to the cast loop as one run, walking dst in its memory order (PyArray_PrepareThreeRawArrayIter). Which run an
# element falls in decides which of NumPy's cast loops converts it: float NaN, infinity or a value beyond the
# range into uint32 is 2**31 or 0 in a contiguous run of four or more (the vector loop) and wraps or is 0 element
# by element. The engine cast src into a C-ordered temporary first and wrote the selected elements after, so the
# runs were the temporary's. Found by a probe of masked casts (2026-12-06: 26 of 600 diverged on NumPy 2).
import numpy as np
s = (np.arange(16, dtype=np.float64).reshape(4, 4) - 8) * 1e10
s[:, ::3] = np.nan
# An F-ordered destination: the runs are its columns, strided in s.
d = np.zeros((4, 4), dtype=np.uint32, order='F')
np.copyto(d, s, casting='unsafe', where=np.ones((4, 4), dtype=bool))
# Unselected elements cut the runs: 5, then 4, then ... of the 16.
e = np.zeros((4, 4), dtype=np.uint32)
np.copyto(e, s, casting='unsafe', where=(np.arange(16) % 6 != 5).reshape(4, 4))
f = np.zeros(16, dtype=np.uint32)
np.copyto(f, s.ravel(), casting='unsafe', where=np.arange(16) % 7 < 5)
# A reversed destination is walked upwards in memory.
g = np.zeros(16, dtype=np.uint32)[::-1]
np.copyto(g, s.ravel(), casting='unsafe', where=np.arange(16) != 3)
