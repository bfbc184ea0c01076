# Seed 003 claim on order: "'A' preserves Fortran ordering" - more precisely 'A' gives F order only
# when the input is F-contiguous; a non-contiguous input gets C order with 'A', while 'K' follows
# the input's stride order (a transposed slice keeps its column-major-like layout).
import numpy as np
x = np.arange(24).reshape(4, 6)
y = x[::2, ::2].T
y.flags.f_contiguous
k = np.copy(y, order='K')
a = np.copy(y, order='A')
k.strides
a.strides
k.flags.f_contiguous
a.flags.c_contiguous
k
