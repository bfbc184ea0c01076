# a.flat = v and a.flat[index] = v convert v with PyArray_FromAny(v, a.dtype, NPY_ARRAY_FORCECAST), which casts a
# value of another dtype in its own memory order (K), and a.flat = v also asks for an F-contiguous value when `a`
# is F-contiguous (PyArray_FORTRAN_IF; a 1-D array is). Which order the cast walks decides which of NumPy's cast
# loops meets NaN and infinity: float64 NaN into uint32 is 2**31 in a contiguous run of four or more (the vector
# loop, as astype gives it) and 0 element by element (a strided run, or two elements). Found by a NumPy 1.24 fuzz
# campaign (2026-12-05: v6.flat = v4 below gave 0 where the engine, casting in C order, gave 2**31); this was a
# known divergence until the engine cast in NumPy's order.
import numpy as np
v0 = np.arange(8, dtype=np.uint32).reshape((2, 4))
v4 = v0 / np.zeros(1, dtype=np.int32)
# A 1-D destination is F-contiguous: the (2, 4) value is cast in Fortran order, runs of two strided elements.
v6 = np.zeros(2, dtype=np.uint32)
v6.flat = v4
w = np.zeros(8, dtype=np.uint32)
w.flat = v4
# A 2-D C-contiguous destination takes the value's own order: its contiguous rows are vector runs.
c = np.zeros((2, 4), dtype=np.uint32)
c.flat = v4
# The transposed value's own order is its memory order too (K), whatever order the writes then take.
t = np.zeros((4, 2), dtype=np.uint32)
t.flat = v4.T
# A Fortran-ordered 2-D destination asks for a Fortran copy of the value.
f = np.zeros((4, 2), dtype=np.uint32, order='F')
f.flat = v4
# a.flat[index] = v casts in the value's memory order only.
g = np.zeros(8, dtype=np.uint32)
g.flat[:] = v4
g.flat[::-1] = v4.T
h = np.zeros((2, 4), dtype=np.int32)
h.flat[[0, 1, 2, 3, 4, 5, 6, 7]] = v4.T * -1
