# np.matmul(..., out=o) and @= where the inputs broadcast to more batch dimensions than o has: NumPy's gufunc
# iterator gives o the missing leading dimensions (op_axes -1), which is allowed where the broadcast batch
# shape is 1 there, and a ValueError where it is longer (np.add refuses both: its output may not lack any).
# Found by the property test (seed 937, NumPy 2: 31 and 32 dimensions).
import numpy as np
v0 = np.arange(2.0).reshape(2, 1, 1) + 1
v3 = np.expand_dims(v0, 0)
r = np.matmul(v0, v3, out=v0)
v0
v0 @= v3
v0
m = np.arange(8.0).reshape(2, 2, 2)
w = np.ones((1, 1, 2, 2))
np.matmul(w, m, out=m)
m
np.matmul(np.ones((3, 2, 2, 2)), m, out=m)
np.add(v0, v3, out=v0)
