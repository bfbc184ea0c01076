# rounding: NumPy 1.24's complex rint rounds each part with rint(), which its compiler inlined for the SSE baseline
# as "round if |x| < 2**52, else return x": a signalling NaN part comes back with its bits untouched. NumPy 2.4 (and
# float rint in both) round with the CPU's instruction, which quiets it (0x7ff4... becomes 0x7ffc...). Found by the
# unary ufunc.at probe of 2026-12-07; the int64 views show the bits.
import numpy as np
v3 = np.full(6, 0x7ff4000000000001)
v0 = np.ndarray((2,), dtype='=c16', buffer=v3, strides=(16,))
np.rint(v0, out=v0)
w3 = np.full(6, 0x7ff4000000000001)
w0 = np.ndarray((3,), dtype='=c16', buffer=w3, strides=(16,))
np.rint.at(w0, [0])
f3 = np.full(4, 0x7fa00001, dtype=np.int32)
f0 = f3.view('complex64')
r = np.rint(f0)
g3 = np.full(4, 0x7ff4000000000001)
g0 = g3.view('float64')
np.rint(g0, out=g0)
