# The default sort of float64 elements that compare equal but differ in their bits, -0.0 and 0.0, read back through
# an integer view. NumPy 2 sorts float64 with x86-simd-sort on AVX2 and AVX-512: its networks compare-exchange with
# the CPU's min and max, which return their second operand where both compare equal, so an equal pair comes out as
# two copies of one zero and the count of -0.0 changes; lanes longer than the networks (256 elements with AVX-512,
# 64 with AVX2) are partitioned first (around a pivot from samples, the "smart" pivot from 128 and 512 elements on).
# NumPy 1.24 (and NumPy 2 on a CPU without AVX2) runs its introsort, which moves elements and keeps every bit.
import numpy as np
short = np.array([0.0, -0.0, 1.0, -0.0, 0.0, -1.0, -0.0, 0.0, 0.0, 2.0, -0.0])
s = np.sort(short)
s_bits = s.view(np.uint64)
long = np.array([0.0, -0.0, 1.0, -0.0, 0.0, -1.0, -0.0, 0.0, 0.0, 2.0, -0.0, 3.0, -2.0] * 60)
t = np.sort(long)
t_bits = t.view(np.uint64)
zeros = np.array([0.0, -0.0, -0.0, 0.0, 0.0, -0.0, 0.0, 0.0] * 100)
zeros.sort()
zeros_bits = zeros.view(np.uint64)
two_values = np.array([-0.0, 1.0, 0.0, 1.0, -0.0, 0.0, 1.0] * 90)
u = np.sort(two_values)
u_bits = u.view(np.uint64)
rows = np.array([[0.0, -0.0, 5.0, -0.0, 0.0, -5.0] * 3, [-0.0, 0.0, 0.0, -0.0, 1.0, -1.0] * 3])
rows.sort(axis=1)
rows_bits = rows.view(np.uint64)
columns = np.sort(rows.T.copy(), axis=0)
columns_bits = columns.view(np.uint64)
