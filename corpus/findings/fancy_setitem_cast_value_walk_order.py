# DIVERGENCE: values after setitem (NumPy 2 campaign, 2026-12-05): a cast value's walk was chosen from its cast copy's forward strides, not the value's own negative ones; fixed in advanced_setitem (case setitem/setitem_repeated_positions_cast_value_walked_in_its_own_memory_order.py)
import numpy as np
from numpy.lib.stride_tricks import as_strided
v0 = np.array([[2, -1, -1, -1]])
v1 = np.array([[3.5, 0, 1j], [9, np.nan, -4.5], [np.nan, -4.5, -2]])
v3 = v1[-2,]
v6 = np.fliplr(v0)
v10 = v3.astype(complex, order='K', copy=True)
v10[v6] = v6
