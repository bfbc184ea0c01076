# np.copyto(dst, src, where=m) stretches src as the unmasked copy does: leading length-1 dimensions beyond dst's are
# dropped, then src broadcasts to dst. Found by the property tests (NumPy 2 seed 621, NumPy 1.24 seed 585, and 18
# more the same day) when the masked copy stopped going through a temporary of dst's shape: the engine refused
# these sources ("input operand has more dimensions than allowed by the axis remapping").
import numpy as np
v0 = np.arange(2, dtype=float)
v1 = v0.copy()
np.copyto(v1, v0[None, :], where=[True, False])
np.copyto(v1, v0[None, None, ::-1], where=[True, True])
w = np.arange(1, dtype='>i2')
np.copyto(w, np.array(w, copy=True, ndmin=33), where=w > -1)
x = np.zeros((2, 3), dtype=np.uint8)
np.copyto(x, np.arange(3.0)[None, None, None], casting='unsafe', where=x == 0)
e = np.copyto(x, np.ones((2, 2, 3)), casting='unsafe', where=True)
