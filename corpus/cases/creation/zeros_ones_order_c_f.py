# creation: np.zeros/np.ones with order='C' and order='F' give C and F strides; 3-D F order.
import numpy as np
a = np.zeros((2, 3))
b = np.zeros((2, 3), order='F')
c = np.ones((2, 3, 4), dtype=np.int32, order='F')
d = np.ones((2, 3, 4), dtype=np.int32)
a.strides
b.strides
c.strides
d.strides
b.flags.c_contiguous
b.flags.f_contiguous
