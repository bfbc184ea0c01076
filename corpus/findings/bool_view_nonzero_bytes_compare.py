# DIVERGENCE: values after ==
import numpy as np
from numpy.lib.stride_tricks import as_strided
v0 = np.arange(3, 10, 0.5)
v2 = v0.view(np.bool_)
v9 = v2
v10 = v9 >= -2.5
v11 = v10 == v2  # DIVERGENCE: arrays.v11.values
