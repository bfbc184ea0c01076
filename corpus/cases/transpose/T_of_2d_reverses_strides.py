# transpose: .T of a C-contiguous 2-D array is an F-contiguous view with reversed strides; .T.T
# is another new view (not the original object).
import numpy as np
m = np.arange(6, dtype=np.int32).reshape(2, 3)
t = m.T
t.strides
t.flags.f_contiguous
t.flags.c_contiguous
tt = t.T
tt is m
tt.base is m.base
tt.strides
