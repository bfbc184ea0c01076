# Seed 003 FAQ: "Does np.copy() also copy the dtype and shape? Yes." Correct for every dtype,
# including bool, uint16 and complex64.
import numpy as np
b = np.array([[True, False], [False, True]])
u = np.array([1, 2, 3], dtype=np.uint16)
z = np.array([1 + 2j, 3j], dtype=np.complex64)
bc = np.copy(b)
uc = np.copy(u)
zc = np.copy(z)
bc.dtype
uc.dtype
zc.dtype
bc.shape
zc[0] = 5
z
