# reductions: an out= of another dtype than the loop's is buffered by NumPy's iterator, a fill of at most 8,192
# elements at a time: each fill reads the outputs it holds from out (cast into the loop's dtype) and writes them
# back (cast into out's) when it ends, so a partial result out of out's range, or rounded by it, is what the next
# fill goes on from. Which fills read out again:
# - NumPy 2.4 without reduce logic (here a 1-d reduction): every fill. With reduce logic (a core repeated along an
#   outer axis): not where the output's pointer is where the last fill's began and that fill was full or its output
#   steps 0 along the outer axis (npyiter_copy_to_buffers: BUF_REUSABLE).
# - NumPy 1.24: not where the fill reuses the last one's reduce loops, or reduces into the one element the last
#   fill did (skip_transfer), with the output's pointer where the last fill's began.
# Integer sums, products and extrema and complex extrema meet this as float ones do. Found by probes of reductions
# into outs of other dtypes (2026-12-06: 29 of 400 integer reductions diverged on NumPy 2, 4 on 1.24).
import numpy as np
# 300 cast into int8 is 44: NumPy 2 reads 44 back after the first 8,192 elements and the hundreds beat it (100);
# NumPy 1.24 keeps its one-element buffer and writes 300 back once (44).
b = np.full(20000, 100, dtype=np.int64)
b[5] = 300
o1 = np.zeros((), dtype=np.int8)
r1 = np.max(b, out=o1)
# The same over axis 0 of a (20000, 3) array: NumPy 2.4's reduce logic keeps the buffer (the output steps 0 along
# the outer axis), so both give 44.
d = np.full((20000, 3), 100, dtype=np.int64)
d[5] = 300
o2 = np.zeros(3, dtype=np.int8)
r2 = np.max(d, axis=0, out=o2)
o3 = np.zeros(3, dtype=np.int8)
r3 = np.min(-d, axis=0, out=o3)
# A minimum of -5 into uint32 is 4294967291: 9,000 outputs along the inner axis take two fills per row, so the last
# row reads it back from out and 100 is then less (both NumPys).
e = np.full((3, 9000), 100, dtype=np.int16)
e[1] = -5
o4 = np.zeros(9000, dtype=np.uint32)
r4 = np.min(e, axis=0, out=o4)
# Complex maxima and sums into uint32: -inf's first value comes back as 0 or 2**31, and NumPy 2.4 writes back 4,096
# outputs per fill of (2, 5000)'s columns (its tail of four converted element by element).
c = np.full((3, 100), 3e9)
c.ravel()[::7] = -np.inf
c = c.astype(np.complex128)
o5 = np.zeros((1, 1), dtype=np.uint32)
r5 = np.max(c, axis=(0, 1), out=o5, keepdims=True)
g = np.full((2, 5000), -1e10)
g.ravel()[::7] = -np.inf
g = np.asfortranarray(g.astype(np.complex64))
o6 = np.zeros((1, 5000), dtype=np.uint32, order='F')
r6 = np.sum(g, axis=0, out=o6, keepdims=True)
