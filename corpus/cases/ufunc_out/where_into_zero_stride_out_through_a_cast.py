# A ufunc whose loop output needs a cast into out= goes through NumPy's buffer. Under NumPy 2 an out with stride 0
# along every axis (an as_strided view repeating one element) gets one buffer cell: the masked
# loop leaves the last selected result (C order) in it, and it is written back once, only if the first where= entry
# is True. NumPy 1.24 writes every selected element. Found by the property test (seed 301).
import numpy as np
v0 = np.arange(1, 9)
v1 = np.lib.stride_tricks.as_strided(v0, shape=(4,), strides=(0,))
np.negative(np.int8(5), v1, where=[False, True, True, True])
np.negative(np.int8(6), v1, where=[True, False, False, False])
np.negative(np.arange(4, dtype=np.int8), v1, where=[True, True, False, False])
np.negative(np.arange(4, dtype=np.int8), v1, where=[False, True, True, False])
np.negative(np.arange(4, dtype=np.int64), v1, where=[False, True, True, True])
w = np.lib.stride_tricks.as_strided(v0, shape=(2, 4), strides=(8, 0))
np.add(np.int8(1), np.arange(4, dtype=np.int8), out=w, where=[[False, True, True, True], [True, False, True, False]])
x = np.lib.stride_tricks.as_strided(v0[4:], shape=(2, 4), strides=(0, 8))
np.negative(np.int8(7), x, where=[[False, True, True, True], [True, False, False, False]])
y = np.lib.stride_tricks.as_strided(v0[6:], shape=(2, 2), strides=(0, 0))
np.positive(np.arange(1, 5, dtype=np.int8).reshape(2, 2), y, where=[[False, True], [True, True]])
np.positive(np.arange(1, 5, dtype=np.int8).reshape(2, 2), y, where=[[True, True], [True, False]])
