# creation: arrays whose non-trivial dims are all size 1 are both C- and F-contiguous: (3, 1),
# (1, 3) in F order, (1, 1) and 0-d; the strides still follow the requested order.
import numpy as np
a = np.zeros((3, 1))
b = np.zeros((1, 3), order='F')
c = np.ones((1, 1), dtype=np.complex64)
d = np.array(2.5)
e = np.zeros((2, 1, 3), order='F')
a.strides
b.strides
d.strides
d.ndim
e.strides
