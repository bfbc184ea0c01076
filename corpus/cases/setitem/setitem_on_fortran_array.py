# setitem: basic and advanced setitem on an F-ordered array write the same logical elements as on a
# C array; the layout is unchanged.
import numpy as np
f = np.zeros((2, 3), dtype=np.int16, order='F')
f[0] = [1, 2, 3]
f[:, [0, 2]] = 9
f[f == 2] = -2
f
f.strides
f.flags.f_contiguous
