# numpy: >=2
# operators: float sums and products of NaNs with distinct payloads where an operand does not walk the whole
# iteration with one stride (a broadcast row, a Fortran-ordered or transposed operand). NumPy's iterator buffers that
# operand and hands its loop runs of whole rows up to its 8,192-element buffer, max(row, 8192 // row * row) elements,
# a longer row on its own and unbuffered (measured on NumPy 2.4.6: the (91, 91) sums go in runs of 8,190 and 91, the
# (3, 5001) one row by row), and NumPy 2's contiguous float loop passes on y's NaN past each run's last whole 64-byte
# block (float_sum_product_tail_y_first_after_bytes): the last 4 of the first 20 sums. The engine walked its own rows
# and tiles until 2026-12-06; it now computes again the elements NumPy's runs take y first. Known at NumPy 2's baseline
# (corpus/expected-divergences/: its loops there follow other patterns, not modelled). NumPy 1.24's float sums of NaNs
# follow the operands' alignment and cannot be a case (complex_product_of_a_buffered_iteration.py shows its
# buffering).
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
