# reductions: a float or complex input reduced in an integer loop (dtype=) is cast by NumPy's reduction iterator
# into its buffers, fill by fill: NumPy 2.4 as one stretch where the input walks a fill with one stride, otherwise,
# and NumPy 1.24 always, line by line along the iteration's inner axis. Which elements one call of the cast loop
# converts shows in NaN, infinities and values beyond the integer's range: complex64 -> uint32 takes the vector rule
# (NaN: 2**31) in the body of a contiguous run and the scalar one (0) in its tail, and a buffer of 8,192 elements
# ends a run. The engine cast the whole input at once. Found by probes of reductions with dtype= (2026-12-06).
import numpy as np
s = np.full((2, 5000), 3e9)
s.ravel()[::7] = np.nan
c = s.astype(np.complex64)
r1 = np.sum(c, axis=None, dtype=np.uint32, keepdims=True)
r2 = np.sum(c, dtype=np.uint32)
t = np.full((3, 100), -7.5)
t.ravel()[::7] = -np.inf
u = t.astype(np.complex64).T
r3 = np.sum(u, axis=-1, dtype=np.uint32)
r4 = np.prod(u, axis=0, dtype=np.int64)
f = np.full(9000, -1e20)
f[::3] = np.nan
r5 = np.sum(f, dtype=np.uint32)
