# crash in the engine under NumPy 1.24 (ASan memcpy-param-overlap in advanced_setitem: v7[..., [1, -3, -3]] = v7 with v7 viewing 8-byte items at a 2-byte step); fixed: the element copy is a memmove (case setitem/fancy_setitem_from_a_value_whose_elements_overlap.py)
import numpy as np
from numpy.lib.stride_tricks import as_strided
v0 = np.arange(20, dtype=np.int64).reshape((5, 4), order='A')
v0 = v0[:, [True, True, True, True, True, True]]
v0[[-4], ::1] = v0
v1 = v0.conj()
v2 = v1[:7, :0:-2]
v2[:, :] = v2[::-1, :]
v2[-7:5:-1, -2] = 7
v3 = v0.take(v0, axis=-2, mode='clip')
v4 = v3.view()
v5 = v1[-5][3:-4:0, 4:-3]
v4[-5, -5:-6, 2:-3] = 0
v5 = np.resize(v4, (2,))
v6 = as_strided(v4[::-1], shape=(2, 2, 3), strides=(32, -256, -128))
v7 = np.ndarray((3,), dtype=np.intp, buffer=v0, offset=8, strides=(2,))
v8 = np.choose(v6[::-1], [v6, v6[::-1]], mode='clip')
np.shares_memory(v7, v0)
v7[..., [1, -3, -3]] = v7
v9 = v0[:-4:-1, ::3]
v10 = np.compress([False, False], v6, axis=0)
v10[..., [[-1], [0]]] += 4
