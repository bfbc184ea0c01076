# concatenate_copyto: the result layout follows the inputs: all F-contiguous inputs give an
# F-contiguous result, a C/F mix gives C order; a reversed input still gives a C result.
import numpy as np
a = np.arange(4).reshape(2, 2)
f = np.asfortranarray(a)
c1 = np.concatenate([f, f])
c1.strides
c1.flags.f_contiguous
c2 = np.concatenate([a, f])
c2.strides
c3 = np.concatenate([a.T, a.T], axis=1)
c3.strides
c4 = np.concatenate([a[:, ::-1], a])
c4.strides
c4
