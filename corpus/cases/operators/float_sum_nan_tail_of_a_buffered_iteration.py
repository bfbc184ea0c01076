# numpy: >=2
# operators: float sums and products of NaNs with distinct payloads where an operand does not walk the whole
# iteration with one stride (a broadcast row or column, a Fortran-ordered or transposed operand, an F-ordered out=).
# NumPy's iterator picks a core by cost (nditer_constr.c): a buffer for each operand that stops walking it with one
# stride, against the run it gains, so x (4, 5) + y (5,) runs all 20 with y buffered, the (91, 91) sums go in runs
# of 8,190 and 91, and (3, 5001) + a (3, 1) column or the (2, 8201) sum row by row in place; NumPy 2's contiguous
# float loop passes on y's NaN past each run's last whole 64-byte block, and throughout where y repeats
# (float_sum_product_tail_y_first_after_bytes): the last 4 of the first 20 sums. An F-ordered out= against C-ordered
# inputs NumPy walks in C order (the output buffered); x[::-1] += y[::-1] forwards, as one run. The engine walked
# its own rows and tiles until 2026-12-06; it now computes again the elements NumPy's runs take y first (with
# where=, runs the loop on the unmasked stretches of NumPy's runs, as its masked loop does). NumPy 2's baseline
# loops take y's NaN over whole pairs of vectors instead (float_sum_product_baseline_order). NumPy 1.24's float
# sums of NaNs follow the operands' alignment and cannot be a case (complex_product_of_a_buffered_iteration.py shows
# its buffering).
import numpy as np
x = (np.arange(20, dtype=np.uint64) + np.uint64(9221120237041090561)).view(np.float64).reshape((4, 5))
y = (np.arange(5, dtype=np.uint64) + np.uint64(9221120237042139137)).view(np.float64)
s = (x + y).view(np.uint64)
f = (np.arange(20, dtype=np.uint64) + np.uint64(9221120237042139137)).view(np.float64).reshape((4, 5)).copy(order='F')
t = (x + f).view(np.uint64)
x91 = (np.arange(8281, dtype=np.uint64) + np.uint64(9221120237041090561)).view(np.float64).reshape((91, 91))
y91 = (np.arange(91, dtype=np.uint64) + np.uint64(9221120237042139137)).view(np.float64)
s91 = (x91 + y91).view(np.uint64)
f91 = (np.arange(8281, dtype=np.uint64) + np.uint64(9221120237043187713)).view(np.float64).reshape((91, 91)).copy(order='F')
p91 = (x91 * f91).view(np.uint64)
r = (np.arange(60, dtype=np.uint64) + np.uint64(9221120237041090561)).view(np.float64).reshape((3, 20))
w = (r.T + r.T.copy()).view(np.uint64)
x4 = (np.arange(60, dtype=np.uint32) + np.uint32(2143289345)).view(np.float32).reshape((3, 20))
y4 = (np.arange(20, dtype=np.uint32) + np.uint32(2143293441)).view(np.float32)
v = (x4 * y4).view(np.uint32)
rows = (np.arange(15003, dtype=np.uint64) + np.uint64(9221120237041090561)).view(np.float64).reshape((3, 5001))
b = (rows + (np.arange(5001, dtype=np.uint64) + np.uint64(9221120237042139137)).view(np.float64)).view(np.uint64)
xi = x.copy()
xi += f
xv = xi.view(np.uint64)
x91[...] *= f91
x91v = x91.view(np.uint64)
long_rows = (np.arange(16402, dtype=np.uint64) + np.uint64(9221120237041090561)).view(np.float64).reshape((2, 8201))
long_f = (np.arange(16402, dtype=np.uint64) + np.uint64(9221120237042139137)).view(np.float64).reshape((2, 8201)).copy(order='F')
row_by_row = (long_rows + long_f).view(np.uint64)
rows_column = (np.arange(3, dtype=np.uint64) + np.uint64(9221120237043187713)).view(np.float64).reshape((3, 1))
by_rows = (rows + rows_column).view(np.uint64)
x7 = (np.arange(28, dtype=np.uint64) + np.uint64(9221120237042139137)).view(np.float64).reshape((7, 4))
y7 = (np.arange(28, dtype=np.uint64) + np.uint64(9221120237041090561)).view(np.float64).reshape((7, 4))
into_f = np.zeros((7, 4), order='F')
np.add(x7, y7, out=into_f)
into_fv = into_f.view(np.uint64)
back = (np.arange(5462, dtype=np.uint64) + np.uint64(9221120237042139137)).view(np.float64).reshape((2731, 2))[::-1]
back += (np.arange(5462, dtype=np.uint64) + np.uint64(9221120237043187713)).view(np.float64).reshape((2731, 2))[::-1]
backv = back.view(np.uint64)
masked = np.zeros((4, 5))
np.add(x, y, out=masked, where=(np.arange(20) % 3 != 1).reshape(4, 5))
maskedv = masked.view(np.uint64)
masked_1d = np.zeros(20)
np.add(x.ravel(), y[0], out=masked_1d, where=np.arange(20) % 3 != 1)
masked_1dv = masked_1d.view(np.uint64)
shared = (np.arange(17, dtype=np.uint64) + np.uint64(9221120237041090561)).view(np.float64)
np.multiply(shared[:-2][::-1][:9], shared[2:][::-1][:9], out=shared[::-2][:9])
sharedv = shared.view(np.uint64)
stretch = (np.arange(17, dtype=np.uint64) + np.uint64(9221120237041090561)).view(np.float64)
np.add(stretch[1:][:9], stretch[:-1][:9], out=stretch[::2][:9], where=np.arange(9) % 3 != 1)
stretchv = stretch.view(np.uint64)
