# arithmetic: ufunc results follow the inputs' memory order (order='K'): two F-contiguous operands
# give an F-contiguous result; a C and an F operand give a C result.
import numpy as np
a = np.arange(6).reshape(2, 3)
f = np.asfortranarray(a)
r = f + f
r.strides
r.flags.f_contiguous
q = a + f
q.strides
t = a.T * 2
t.strides
