# real_imag: the float32 .imag view of complex64 can be reinterpreted with a same-size dtype
# (int32) but not with a different itemsize (its last axis is not contiguous).
import numpy as np
z = np.zeros(2, dtype=np.complex64)
i = z.imag
v = i.view(np.int32)
v.strides
v[1] = 1065353216
z
# expect: ValueError
i.view(np.int16)
