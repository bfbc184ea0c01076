# ufunc_at: NumPy 1.24's ufunc.at buffers every operand, so its loop steps each by the itemsize even for one
# element, and np.square.at of one complex64 element takes the AVX512F loop, which passes on the imaginary part's
# NaN in the imaginary part: the int64 bytes read as NaN payloads come back unchanged (NumPy 2.4's ufunc.at hands
# the loop zero steps; its scalar loop does the same here). Found by the fuzz campaign (NumPy 1.24, 2026-12-07).
import numpy as np
v3 = np.full((3, 5), -2)
v0 = np.ndarray((4,), dtype='=c8', buffer=v3, offset=2, strides=(4,))
np.square.at(v0, [-1])
w3 = np.full((3, 5), -2)
w0 = np.ndarray((4,), dtype='=c8', buffer=w3, offset=4, strides=(8,))
np.square.at(w0, [0, -1])
