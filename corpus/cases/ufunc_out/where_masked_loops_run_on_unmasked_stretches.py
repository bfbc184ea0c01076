# ufunc_out: where= with loops that pick their kernel by the run they are handed. NumPy's masked loop calls the loop
# on each stretch of unmasked elements of its iterator's runs (the mask joins the iteration as one more operand),
# writing out directly: a complex square of strided elements into a strided out is plain (neither contiguous), a
# complex64 product with a backward input plain under NumPy 2; bool comparisons of raw bytes against a repeated
# operand compare the tails of the stretches as they are; NumPy 2's float sums of NaNs pass on y's NaN past the
# last whole block of each stretch. The engine computed every element in runs of its own and copied the unmasked
# ones until 2026-12-06 (random layouts: 83 of 500 masked and unmasked operations diverged under NumPy 2, 31 under
# 1.24; complex square and absolute with where=: 20 of 120 and 6).
import numpy as np
c = np.zeros(20, dtype='complex64')
c.view('int8').fill(-3)
w = np.zeros(20, dtype='complex128')
w.view('uint64').fill(18437736874454810625)
m9 = np.arange(9) % 3 != 1
m10 = np.arange(10) % 3 != 1
m40 = np.arange(40) % 5 != 1
o1 = np.zeros(9, dtype='complex64')
np.multiply(c[:9], c[::-1][:9], out=o1, where=m9)
o2 = np.zeros(20, dtype='complex128')
np.square(w[::2], out=o2[::2], where=m10)
o3 = np.zeros(10)
np.absolute(w[::-2], out=o3, where=m10)
b40 = (np.arange(40, dtype=np.uint8) % 3 * 0x71).view(bool)
flag = np.broadcast_to(np.array([0xF0], dtype=np.uint8).view(bool), (40,))
o4 = np.zeros(40, dtype=bool)
np.less(b40, flag, out=o4, where=m40)
x = ((np.arange(8281) * (0.1 + 0.7j) + (0.3 - 1.1j)) ** 0.5).astype('complex64').reshape((91, 91))
o5 = np.zeros((91, 91), dtype='float32', order='F')
np.absolute(x[::-1], out=o5, where=(np.arange(8281) % 7 != 1).reshape((91, 91)))
o6 = np.zeros((91, 91), dtype='complex64')
np.square(np.asfortranarray(x), out=o6[::-1], where=(np.arange(8281) % 3 != 1).reshape((91, 91)))
