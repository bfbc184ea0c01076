# Which runs NumPy 1.24's reduction iterator reads in place and which it buffers (nditer_api.c,
# npyiter_copy_to_buffers): an operand that does not walk the whole iteration with one stride is read in place
# only where a fill lies within the rest of the inner axis, or where the outer loop of the fill is the second axis
# and the fill's rows lie within the rest of it. Here the rows of 17 (every other float) reduced along the inner
# axis fill one buffer of 18 rows across two planes (reversed, so they do not coalesce): NumPy 1.24 buffers them, so
# each row reaches its min/max loop contiguous and goes through the vector loop, while NumPy 2 reads them in place
# with a stride and runs the scalar unrolling; the two give different zeros where 0.0 and -0.0 tie. The engine had
# NumPy 1.24 read them in place (probe batch of tied zeros).
import numpy as np
k = np.arange(612, dtype=np.int64) * 31 % 97
z = np.where(k < 14, np.float64(-0.0), np.float64(0.0))
a = z[::2].reshape((2, 9, 17))
b = a[::-1]
r1 = np.array(b.min(axis=2)).view(np.uint64)
r2 = np.array(b.max(axis=2)).view(np.uint64)
# The same rows in one plane: the fill's rows lie within the second axis, read in place by both NumPys.
c = a[0]
r3 = np.array(c.min(axis=1)).view(np.uint64)
