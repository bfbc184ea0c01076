# creation: np.array(m, copy=False, order='F') must copy a C-contiguous 2-D array into F order;
# order='K' keeps the same object; a transposed (F-contiguous) input with order='C' is copied.
import numpy as np
m = np.arange(6).reshape(2, 3)
f = np.array(m, copy=False, order='F')
f is m
f.strides
k = np.array(m, copy=False, order='K')
k is m
t = m.T
c = np.array(t, copy=False, order='C')
c is t
c.strides
np.array(t, order='K').strides
