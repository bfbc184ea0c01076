# creation: zeros_like/ones_like/full_like/empty_like with order K, A, C, F on a C-contiguous input.
import numpy as np
m = np.arange(6).reshape(2, 3)
k = np.zeros_like(m, order='K')
a = np.ones_like(m, order='A')
c = np.full_like(m, 3, order='C')
f = np.zeros_like(m, order='F')
e = np.empty_like(m, order='F')
k.strides
f.strides
e.strides
e.flags.f_contiguous
