# np.positive, np.negative, np.absolute and np.conjugate of float16 move bits (NumPy's HALF loops): a signalling NaN
# stays signalling and keeps its payload, where computing through float32 would quiet it (property test, seed 710:
# np.positive into a reversed view of a byte-swapped float16 array under NumPy 1.24). np.square computes, and quiets.
import numpy as np
x = np.array([0x7c01, 0x7d00, 0xfc01, 0x7e00], dtype=np.uint16).view(np.float16)
p = np.positive(x).view(np.uint16)
n = np.negative(x).view(np.uint16)
a = np.absolute(x).view(np.uint16)
q = (+x).view(np.uint16)
r = np.positive(x[::-1]).view(np.uint16)
y = x.copy()
np.positive(y, y[::-1])
yy = y.view(np.uint16)
c = np.conjugate(x).view(np.uint16)
s = np.square(x).view(np.uint16)
