# ufunc_out: an out= that needs a cast is always buffered by NumPy's iterator: the loop fills the buffer in the
# iteration's order, and each buffer run goes back through the cast loop - NumPy 2.4 as one stretch where out walks
# every run with one stride (NPY_OP_ITFLAG_BUF_SINGLESTRIDE), line by line along the iteration's inner axis
# otherwise and under NumPy 1.24 always; with where= only each stretch of selected elements (the masked transfer).
# Which elements one call of the cast loop converts shows: -1e20 into uint32 is 2**31 in the vector body of a
# contiguous run (whole blocks of four) and 0 element by element. The engine cast every element on its own under
# where= and cast whole coalesced arrays without it. Found by a probe of masked casts (2026-12-06: 22 of 1,200
# diverged, NumPy 2 and 1.24).
import numpy as np
s = np.full((3, 5), -1e20)
# One run of 15 under NumPy 2 (out C-contiguous), rows of 5 under NumPy 1.24 (the broadcast mask stops the
# iterator coalescing them).
a = np.zeros((3, 5), dtype=np.uint32)
np.positive(s, out=a, casting='unsafe', where=np.ones(5, dtype=bool))
# The mask's False entries cut the runs.
b = np.zeros((3, 7), dtype=np.uint32)
np.positive(np.full((3, 7), -1e20), out=b, casting='unsafe', where=np.array([1, 1, 1, 1, 1, 0, 1], dtype=bool))
# Fortran order throughout: NumPy 2 walks the 15 elements as one run, NumPy 1.24 the columns of 3.
c = np.zeros((3, 5), dtype=np.uint32, order='F')
np.positive(np.asfortranarray(s), out=c, casting='unsafe', where=np.ones(5, dtype=bool))
# No mask, a broadcast operand: NumPy 1.24 writes back row by row, NumPy 2 in one run.
d = np.zeros((3, 5), dtype=np.uint32)
np.add(s, np.zeros(5), out=d, casting='unsafe')
e = np.zeros((6, 3), dtype=np.uint32)
np.add(np.full((6, 3), -1e20), np.zeros(3), out=e, casting='unsafe')
# An F-ordered out against C-ordered inputs: the iteration is C order, out strided, element by element.
f = np.zeros((3, 5), dtype=np.uint32, order='F')
np.add(s, np.zeros(5), out=f, casting='unsafe', where=np.ones(5, dtype=bool))
# A 3-d iteration whose last axis is the only one the mask steps along.
g = np.zeros((2, 4, 3), dtype=np.uint32)
np.positive(np.full((2, 4, 3), -1e20), out=g, casting='unsafe', where=np.ones(3, dtype=bool))
# Past the 8,192-element buffer: NumPy 1.24 casts back 8,192 results, then one (no growing the inner loop where
# the out is cast); the complex128 -> uint32 loop keeps the last elements of a run for its scalar tail.
h = np.full(8193, -7.5)
h[::5] = -np.inf
k = np.zeros(8193, dtype=np.uint32)
np.add(h.astype(np.complex64), np.zeros(8193), out=k, casting='unsafe')
t = k[8184:].copy()
