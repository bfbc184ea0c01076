# ufunc_out: complex square and absolute of 2-D operands laid out against their output (reversed, F-ordered,
# transposed, into reversed or F-ordered outputs). Both loops pick their kernel by the steps they are handed: NumPy
# 2's square fuses where the input or the output steps one element forwards (complex64: not for an input stepping
# backwards), its absolute takes hypot for a backward step with AVX-512; NumPy 1.24's AVX512F absolute takes its
# SIMD formula only for a contiguous output. An n-d operation reaches the loop through NumPy's iterator: C order
# where operands disagree, an axis flipped where no operand steps forwards unless the iterator allocates the output
# (x[::-1, ::-1] squared into a fresh result is walked backwards; into o[::-1] forwards), and buffered runs by cost.
# The engine took its own order and only 1-D steps until 2026-12-06 (random layouts: 12 of 160 such operations
# diverged under NumPy 2, 6 under NumPy 1.24).
import numpy as np
x = ((np.arange(8281) * (0.1 + 0.7j) + (0.3 - 1.1j)) ** 0.5).astype('complex64').reshape((91, 91))
w = ((np.arange(528) * (0.1 + 0.7j) + (0.3 - 1.1j)) ** 0.5).reshape((33, 16))
a = np.absolute(w[::-1, ::-1])
s = np.square(x[::-1, ::-1])
o = np.zeros((91, 91), dtype='complex64')
np.square(x[::-1, ::-1], out=o[::-1])
f = np.zeros((91, 91), dtype='complex64', order='F')
np.square(x[::-1], out=f)
r = np.zeros((91, 91))
np.absolute(np.asfortranarray(x.astype(complex)), out=r[::-1])
c = np.zeros((91, 91), dtype='float32')
np.absolute(np.asfortranarray(x), out=c)
t = np.zeros((91, 91), dtype='float32')
np.absolute(x.T.copy().T, out=t[::-1])
