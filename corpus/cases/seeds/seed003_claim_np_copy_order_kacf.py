# Seed 003 claim: numpy.copy(a, order='K'): "'K' keeps the original layout, 'A' preserves Fortran
# ordering, 'C' uses row-major, and 'F' uses column-major". Correct for an F-contiguous input.
import numpy as np
f = np.asfortranarray(np.arange(6).reshape(2, 3))
k = np.copy(f)
a = np.copy(f, order='A')
c = np.copy(f, order='C')
ff = np.copy(f, order='F')
k.strides
a.strides
c.strides
ff.strides
c.flags.c_contiguous
