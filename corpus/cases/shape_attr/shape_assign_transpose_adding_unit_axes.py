# shape_attr: .shape = on a transposed view works when only size-1 axes are inserted; the new
# unit axes get NumPy's computed strides.
import numpy as np
t = np.arange(6).reshape(2, 3).T
t.shape = (3, 2, 1)
t.strides
t.shape = (1, 3, 2)
t.strides
t.base is None
